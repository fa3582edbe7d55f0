// list, tuple, dict, set, int, float and bytes methods reached through callMethod (dynamic
// calls); PyDict/PySet methods live on the classes themselves.
import { IndexError, OverflowError, TypeError, ValueError } from "../exception-classes.js";
import { PyFloat } from "../float.js";
import { PyTuple } from "../tuple.js";
import { PyBytes } from "../bytes.js";
import { eq } from "../compare.js";
import { asInt } from "../arith.js";
import { splitKwargs } from "../call.js";
import { iter } from "../iteration.js";
import { pySort } from "../sort.js";
import { repr } from "../repr.js";
import { normInt } from "../num.js";
import { typeName } from "../typename.js";

function indexIn(seq: readonly unknown[], x: unknown, start: unknown, stop: unknown, what: string): number {
  const n = seq.length;
  const norm = (v: unknown, d: number): number => {
    if (v === null || v === undefined) return d;
    let i = Number(asInt(v));
    if (i < 0) i += n;
    return Math.min(Math.max(i, 0), n);
  };
  for (let i = norm(start, 0); i < norm(stop, n); i++) if (seq[i] === x || eq(seq[i], x)) return i;
  throw new ValueError(what === "list" ? `${repr(x)} is not in list` : "tuple.index(x): x not in tuple");
}

function count(seq: readonly unknown[], args: unknown[], what: string): number {
  if (args.length !== 1) throw new TypeError(`${what}.count() takes exactly one argument (${args.length} given)`);
  const x = args[0];
  return seq.filter((y) => y === x || eq(y, x)).length;
}

function indexNumber(x: unknown): number {
  const i = asInt(x);
  if (i === undefined) throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return Number(i);
}

export const listMethods: Record<string, (l: unknown[], ...args: unknown[]) => unknown> = {
  append: (l, x) => void l.push(x),
  extend: (l, it) => {
    const items = [...iter(it)];
    for (const x of items) l.push(x);
  },
  insert: (l, i, x) => {
    let k = indexNumber(i);
    if (k < 0) k = Math.max(0, k + l.length);
    l.splice(Math.min(k, l.length), 0, x);
  },
  pop: (l, i = -1) => {
    let k = indexNumber(i);
    if (l.length === 0) throw new IndexError("pop from empty list");
    if (k < 0) k += l.length;
    if (k < 0 || k >= l.length) throw new IndexError("pop index out of range");
    return l.splice(k, 1)[0];
  },
  remove: (l, x) => {
    const i = l.findIndex((y) => y === x || eq(y, x));
    if (i < 0) throw new ValueError("list.remove(x): x not in list");
    l.splice(i, 1);
  },
  index: (l, x, start = null, stop = null) => indexIn(l, x, start, stop, "list"),
  count: (l, ...args) => count(l, args, "list"),
  sort: (l, ...args) => {
    const [pos, kw] = splitKwargs(args);
    if (pos.length > 0) throw new TypeError("sort() takes no positional arguments");
    pySort(l, { key: kw.key, reverse: kw.reverse });
  },
  reverse: (l) => void l.reverse(),
  copy: (l) => l.slice(),
  clear: (l) => void (l.length = 0),
};

export const tupleMethods: Record<string, (t: PyTuple, ...args: unknown[]) => unknown> = {
  index: (t, x, start = null, stop = null) => indexIn(t, x, start, stop, "tuple"),
  count: (t, ...args) => count(t, args, "tuple"),
};

export const intMethods: Record<string, (n: number | bigint, ...args: unknown[]) => unknown> = {
  bit_length: (n) => (n === 0 ? 0 : (typeof n === "bigint" ? (n < 0n ? -n : n) : Math.abs(n)).toString(2).length),
  bit_count: (n) => [...(typeof n === "bigint" ? (n < 0n ? -n : n) : Math.abs(n)).toString(2)].filter((c) => c === "1").length,
  conjugate: (n) => n,
  is_integer: () => true,
  __index__: (n) => n,
  to_bytes: (n, length = 1, byteorder = "big") => {
    let v = BigInt(n);
    const out = new Uint8Array(Number(length));
    if (v < 0n) throw new OverflowError("can't convert negative int to unsigned");
    for (let i = out.length - 1; i >= 0; i--) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    if (v !== 0n) throw new OverflowError("int too big to convert");
    return new PyBytes(byteorder === "little" ? out.reverse() : out);
  },
};

export const floatMethods: Record<string, (f: PyFloat, ...args: unknown[]) => unknown> = {
  is_integer: (f) => Number.isInteger(f.value),
  conjugate: (f) => f,
  hex: (f) => floatHex(f.value),
  as_integer_ratio: (f) => {
    if (!Number.isFinite(f.value)) {
      throw Number.isNaN(f.value) ? new ValueError("cannot convert NaN to integer ratio") : new OverflowError("cannot convert Infinity to integer ratio");
    }
    let num = f.value;
    let den = 1n;
    while (!Number.isInteger(num)) {
      num *= 2;
      den *= 2n;
    }
    return PyTuple.of(normInt(BigInt(num)), normInt(den));
  },
};

function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const e = Number((bits >> 52n) & 0x7ffn);
  const mant = (bits & ((1n << 52n) - 1n)).toString(16).padStart(13, "0");
  const exp = e === 0 ? -1022 : e - 1023;
  return `${sign}0x${e === 0 ? 0 : 1}.${mant}p${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}
