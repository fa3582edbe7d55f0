// str.encode / bytes.decode for utf-8, ascii and latin-1 with CPython's error messages
// (errors="strict" | "ignore" | "replace").
import { LookupError } from "./exception-classes.js";
import { UnicodeDecodeError, UnicodeEncodeError } from "./unicode-errors.js";
import { PyBytes } from "./bytes.js";

function normalize(encoding: string): "utf-8" | "ascii" | "latin-1" | "utf-16-le" | "utf-16-be" {
  const e = encoding.toLowerCase().replace(/_/g, "-");
  if (e === "utf-8" || e === "utf8" || e === "u8") return "utf-8";
  if (e === "ascii" || e === "us-ascii") return "ascii";
  if (e === "latin-1" || e === "latin1" || e === "iso-8859-1" || e === "iso8859-1" || e === "l1") return "latin-1";
  if (e === "utf-16-le" || e === "utf-16le") return "utf-16-le";
  if (e === "utf-16-be" || e === "utf-16be") return "utf-16-be";
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
  if (enc === "utf-16-le" || enc === "utf-16-be") {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      const [first, second] = enc === "utf-16-le" ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
      out[2 * i] = first;
      out[2 * i + 1] = second;
    }
    return new PyBytes(out);
  }
  const limit = enc === "ascii" ? 0x80 : 0x100;
  const cps = [...s];
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!.codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === "ignore") continue;
    else if (errors === "replace") out.push(0x3f);
    else if (errors === "backslashreplace" || errors === "xmlcharrefreplace") {
      const text = errors === "xmlcharrefreplace" ? `&#${cp};` : backslashEscape(cp);
      for (const c of text) out.push(c.charCodeAt(0));
    } else {
      let j = i;
      while (j < cps.length && cps[j]!.codePointAt(0)! >= limit) j++;
      throw new UnicodeEncodeError(enc, s, i, j, `ordinal not in range(${limit})`);
    }
  }
  return new PyBytes(Uint8Array.from(out));
}

function backslashEscape(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
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
  if (enc === "latin-1") return bytes.toLatin1();
  if (enc === "utf-16-le" || enc === "utf-16-be") {
    let s = "";
    for (let k = 0; k + 1 < b.length; k += 2) s += String.fromCharCode(enc === "utf-16-le" ? b[k]! | (b[k + 1]! << 8) : (b[k]! << 8) | b[k + 1]!);
    return s;
  }
  let out = "";
  let i = 0;
  while (i < b.length) {
    if (enc === "ascii") {
      if (b[i]! < 0x80) out += String.fromCharCode(b[i]!);
      else if (errors === "strict") throw new UnicodeDecodeError("ascii", bytes, i, i + 1, "ordinal not in range(128)");
      else if (errors === "replace") out += "\ufffd";
      else if (errors === "backslashreplace") out += backslashEscape(b[i]!);
      i++;
      continue;
    }
    const step = utf8Step(b, i);
    if (step.bad) {
      if (errors === "strict") throw new UnicodeDecodeError("utf-8", bytes, i, i + step.badLen!, step.bad);
      const n = Math.max(1, step.bad === "invalid start byte" ? 1 : step.badLen!);
      if (errors === "replace") out += "\ufffd";
      else if (errors === "backslashreplace") for (let k = 0; k < n; k++) out += backslashEscape(b[i + k]!);
      i += n;
      continue;
    }
    out += Buffer.from(b.subarray(i, i + step.len)).toString("utf8");
    i += step.len;
  }
  return out;
}
