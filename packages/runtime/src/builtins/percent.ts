// printf-style `str % args` (PyUnicode_Format): flags, width/precision (including *), mapping
// keys, every conversion, and CPython's error messages.
import { OverflowError, TypeError, ValueError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { PyTuple } from "./tuple.js";
import { PyBytes } from "./bytes.js";
import { getitem } from "./items.js";
import { repr, str, ascii } from "./repr.js";
import { typeName } from "./typename.js";
import { toInt } from "./numparse.js";
import { formatFloat, formatInt, type FormatSpec } from "./format.js";

const CONVERSIONS = "diouxXeEfFgGcrsa";

function isMapping(x: unknown): boolean {
  return !(x instanceof PyTuple) && typeof x !== "string" && !(x instanceof PyBytes) && x !== null && typeof x === "object" && typeof (x as { __getitem__?: unknown }).__getitem__ === "function";
}

function cpLength(s: string): number {
  return [...s].length;
}

function padTo(body: string, width: number, left: boolean): string {
  const n = width - cpLength(body);
  if (n <= 0) return body;
  return left ? body + " ".repeat(n) : " ".repeat(n) + body;
}

function numberArg(conv: string, x: unknown): number | bigint | boolean | PyFloat {
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean" || x instanceof PyFloat) return x;
  for (const m of ["__index__", "__int__", "__float__"]) {
    const f = (x as Record<string, unknown> | null)?.[m];
    if (typeof f === "function") return f.call(x) as number;
  }
  // CPython 3.11 words the float conversions differently from the integer ones.
  if ("eEfFgG".includes(conv)) throw new TypeError(`must be real number, not ${typeName(x)}`);
  const need = "diu".includes(conv) ? "a real number" : "an integer";
  throw new TypeError(`%${conv} format: ${need} is required, not ${typeName(x)}`);
}

// `forBytes`: bytes % args, with fmt and the result as latin-1 strings (one char per byte).
export function percentFormat(fmt: string, args: unknown, forBytes = false): string {
  const mapping = isMapping(args) ? args : undefined;
  const positional = args instanceof PyTuple ? [...args] : [args];
  let argIndex = 0;
  const nextArg = (): unknown => {
    if (argIndex >= positional.length) throw new TypeError("not enough arguments for format string");
    return positional[argIndex++];
  };
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    let key: string | undefined;
    if (fmt[i] === "(") {
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === "(") depth++;
        else if (fmt[j] === ")") depth--;
        j++;
      }
      if (depth > 0) throw new ValueError("incomplete format key");
      key = fmt.slice(i + 1, j - 1);
      i = j;
    }
    const flags = { left: false, sign: "" as "" | "+" | " ", alt: false, zero: false };
    for (; i < fmt.length && "-+ #0".includes(fmt[i]!); i++) {
      const f = fmt[i]!;
      if (f === "-") flags.left = true;
      else if (f === "+") flags.sign = "+";
      else if (f === " ") flags.sign = flags.sign || " ";
      else if (f === "#") flags.alt = true;
      else flags.zero = true;
    }
    let width = 0;
    if (fmt[i] === "*") {
      const w = nextArg();
      if (typeof w !== "number") throw new TypeError("* wants int");
      if (w < 0) flags.left = true;
      width = Math.abs(w);
      i++;
    } else {
      const m = /^\d+/.exec(fmt.slice(i));
      if (m) {
        width = Number(m[0]);
        i += m[0].length;
      }
    }
    let precision: number | undefined;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        const p = nextArg();
        if (typeof p !== "number") throw new TypeError("* wants int");
        precision = Math.max(0, p);
        i++;
      } else {
        const m = /^\d*/.exec(fmt.slice(i))!;
        precision = Number(m[0] || "0");
        i += m[0].length;
      }
    }
    while ("hlL".includes(fmt[i] ?? "x")) i++;
    if (i >= fmt.length) throw new ValueError("incomplete format");
    const conv = fmt[i]!;
    i++;
    // Only "%%" itself is a literal percent; "%5%" takes an argument and then fails as an
    // unsupported conversion, as in CPython.
    if (conv === "%" && i === pct + 2) {
      out += "%";
      continue;
    }
    let value: unknown;
    if (key !== undefined) {
      if (!mapping) throw new TypeError("format requires a mapping");
      value = getitem(mapping, forBytes ? PyBytes.fromLatin1(key) : key);
    } else {
      value = nextArg();
    }
    if (!(CONVERSIONS.includes(conv) || (forBytes && conv === "b")) || conv === "%") {
      const cp = conv.codePointAt(0)!;
      throw new ValueError(`unsupported format character '${conv}' (0x${cp.toString(16)}) at index ${i - 1}`);
    }
    out += forBytes ? convertForBytes(conv, value, flags, width, precision) : convertOne(conv, value, flags, width, precision);
  }
  // CPython skips this check whenever the argument is a mapping (even one used positionally).
  if (argIndex < positional.length && !mapping) throw new TypeError(`not all arguments converted during ${forBytes ? "bytes" : "string"} formatting`);
  return out;
}

// bytes % args: %s/%b take bytes, %r/%a give ascii(), %c takes a byte; numbers as for str.
function convertForBytes(conv: string, value: unknown, flags: Flags, width: number, precision: number | undefined): string {
  if (conv === "s" || conv === "b" || conv === "r" || conv === "a") {
    let s: string;
    if (conv === "r" || conv === "a") s = ascii(value);
    else if (value instanceof PyBytes) s = value.toLatin1();
    else throw new TypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(value)}'`);
    if (precision !== undefined) s = s.slice(0, precision);
    return padTo(s, width, flags.left);
  }
  if (conv === "c") {
    let ch: string;
    if (value instanceof PyBytes && value.length === 1) ch = value.toLatin1();
    else if (typeof value === "number" && Number.isInteger(value)) {
      if (value < 0 || value > 255) throw new OverflowError("%c arg not in range(256)");
      ch = String.fromCharCode(value);
    } else throw new TypeError("%c requires an integer in range(256) or a single byte");
    return padTo(ch, width, flags.left);
  }
  return convertOne(conv, value, flags, width, precision);
}

type Flags = { left: boolean; sign: "" | "+" | " "; alt: boolean; zero: boolean };

function convertOne(conv: string, value: unknown, flags: Flags, width: number, precision: number | undefined): string {
  if (conv === "s" || conv === "r" || conv === "a") {
    let s = conv === "s" ? str(value) : conv === "r" ? repr(value) : ascii(value);
    if (precision !== undefined) s = [...s].slice(0, precision).join("");
    return padTo(s, width, flags.left);
  }
  if (conv === "c") {
    let ch: string;
    if (typeof value === "string") {
      if (cpLength(value) !== 1) throw new TypeError("%c requires int or char");
      ch = value;
    } else if (typeof value === "number" || typeof value === "bigint") {
      if (value < 0 || value > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
      ch = String.fromCodePoint(Number(value));
    } else throw new TypeError("%c requires int or char");
    return padTo(ch, width, flags.left);
  }
  const spec: FormatSpec = {
    fill: flags.zero && !flags.left ? "0" : " ",
    align: flags.left ? "<" : flags.zero ? "=" : ">",
    sign: flags.sign || undefined,
    z: false,
    alt: flags.alt,
    zero: flags.zero,
    width: width || undefined,
    grouping: undefined,
    precision: undefined,
    type: conv,
  };
  const num = numberArg(conv, value);
  if ("diuoxX".includes(conv)) {
    if (num instanceof PyFloat && "oxX".includes(conv)) throw new TypeError(`%${conv} format: an integer is required, not float`);
    const n = num instanceof PyFloat ? toInt(num) : typeof num === "number" && !Number.isInteger(num) ? toInt(num) : (num as number | bigint | boolean);
    const type = "diu".includes(conv) ? "d" : conv;
    if (precision !== undefined) {
      // Precision on integers is a minimum digit count: '%.3d' % 5 == '005'.
      const digits = formatInt(n, { ...spec, fill: " ", align: ">", width: undefined, sign: undefined, alt: false, type });
      const neg = digits.startsWith("-");
      const body = (neg ? digits.slice(1) : digits).padStart(precision, "0");
      const signed = (neg ? "-" : flags.sign) + (flags.alt && "oxX".includes(conv) ? `0${conv === "o" ? "o" : conv}` : "") + body;
      return padTo(signed, width, flags.left);
    }
    return formatInt(n, { ...spec, type });
  }
  const f = num instanceof PyFloat ? num.value : Number(num);
  return formatFloat(f, { ...spec, precision: precision ?? 6 }, num);
}

