// str.encode / bytes.decode for utf-8, ascii and latin-1 with CPython's error messages
// (errors="strict" | "ignore" | "replace").
import { LookupError } from "./exception-classes.js";
import { UnicodeDecodeError, UnicodeEncodeError } from "./unicode-errors.js";
import { PyBytes } from "./bytes.js";

function normalize(encoding: string): "utf-8" | "ascii" | "latin-1" {
  const e = encoding.toLowerCase().replace(/_/g, "-");
  if (e === "utf-8" || e === "utf8" || e === "u8") return "utf-8";
  if (e === "ascii" || e === "us-ascii") return "ascii";
  if (e === "latin-1" || e === "latin1" || e === "iso-8859-1" || e === "iso8859-1" || e === "l1") return "latin-1";
  throw new LookupError(`unknown encoding: ${encoding}`);
}

export function encodeString(s: string, encoding = "utf-8", errors = "strict"): PyBytes {
  const enc = normalize(encoding);
  if (enc === "utf-8") {
    if (/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) {
      const cps = [...s];
      const i = cps.findIndex((c) => c.length === 1 && /[\ud800-\udfff]/.test(c));
      if (errors === "strict") throw new UnicodeEncodeError("utf-8", s, i, i + 1, "surrogates not allowed");
    }
    return new PyBytes(new Uint8Array(Buffer.from(s, "utf8")));
  }
  const limit = enc === "ascii" ? 0x80 : 0x100;
  const cps = [...s];
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!.codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === "ignore") continue;
    else if (errors === "replace") out.push(0x3f);
    else {
      let j = i;
      while (j < cps.length && cps[j]!.codePointAt(0)! >= limit) j++;
      throw new UnicodeEncodeError(enc, s, i, j, `ordinal not in range(${limit})`);
    }
  }
  return new PyBytes(Uint8Array.from(out));
}

// Length of the invalid sequence at i and CPython's reason, or undefined if valid (then `len`).
function utf8Step(b: Uint8Array, i: number): { len: number; bad?: string; badLen?: number } {
  const x = b[i]!;
  if (x < 0x80) return { len: 1 };
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (x >= 0xc2 && x <= 0xdf) need = 1;
  else if (x >= 0xe0 && x <= 0xef) {
    need = 2;
    if (x === 0xe0) lo = 0xa0;
    if (x === 0xed) hi = 0x9f;
  } else if (x >= 0xf0 && x <= 0xf4) {
    need = 3;
    if (x === 0xf0) lo = 0x90;
    if (x === 0xf4) hi = 0x8f;
  } else return { len: 1, bad: "invalid start byte", badLen: 1 };
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { len: 1, bad: "unexpected end of data", badLen: b.length - i };
    const c = b[i + k]!;
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return { len: 1, bad: "invalid continuation byte", badLen: k };
  }
  return { len: need + 1 };
}

export function decodeBytes(bytes: PyBytes, encoding = "utf-8", errors = "strict"): string {
  const enc = normalize(encoding);
  const b = bytes.bytes;
  if (enc === "latin-1") return String.fromCharCode(...b);
  let out = "";
  let i = 0;
  while (i < b.length) {
    if (enc === "ascii") {
      if (b[i]! < 0x80) out += String.fromCharCode(b[i]!);
      else if (errors === "strict") throw new UnicodeDecodeError("ascii", bytes, i, i + 1, "ordinal not in range(128)");
      else if (errors === "replace") out += "\ufffd";
      i++;
      continue;
    }
    const step = utf8Step(b, i);
    if (step.bad) {
      if (errors === "strict") throw new UnicodeDecodeError("utf-8", bytes, i, i + step.badLen!, step.bad);
      if (errors === "replace") out += "\ufffd";
      i += Math.max(1, step.bad === "invalid start byte" ? 1 : step.badLen!);
      continue;
    }
    out += Buffer.from(b.subarray(i, i + step.len)).toString("utf8");
    i += step.len;
  }
  return out;
}
