// operator: the operator functions (the runtime's own, from builtins) plus itemgetter,
// attrgetter and methodcaller with CPython's reprs and errors.
import {
  PyTuple, TypeError, ValueError, getitem, getattr, callMethod, repr, splitKwargs, Kwargs, eq, iter, typeName,
} from "./builtins/index.js";

export {
  add, sub, mul, truediv, floordiv, mod, pow, neg, pos, abs, invert, lshift, rshift, and_, or_, xor, matmul,
  not_, truth, concat, eq, ne, lt, le, gt, ge, is_, is_not, contains, getitem, setitem, delitem,
  iadd, isub, imul, itruediv, ifloordiv, imod, ipow, ilshift, irshift, iand, ior, ixor, imatmul, iconcat,
} from "./builtins/index.js";

export { invert as inv };

import { invert } from "./builtins/index.js";

function tagged<F extends Function>(fn: F, reprText: string, pytype: string): F {
  Object.defineProperty(fn, "__repr__", { value: () => reprText });
  Object.defineProperty(fn, "__pytype__", { value: pytype });
  return fn;
}

export function itemgetter(...items: unknown[]): (obj: unknown) => unknown {
  if (items.length === 0) throw new TypeError("itemgetter expected 1 argument, got 0");
  const get =
    items.length === 1
      ? (obj: unknown) => getitem(obj, items[0])
      : (obj: unknown) => PyTuple.fromIterable(items.map((k) => getitem(obj, k)));
  return tagged(get, `operator.itemgetter(${items.map((k) => repr(k)).join(", ")})`, "operator.itemgetter");
}

export function attrgetter(...names: unknown[]): (obj: unknown) => unknown {
  if (names.length === 0) throw new TypeError("attrgetter expected 1 argument, got 0");
  for (const n of names) if (typeof n !== "string") throw new TypeError("attribute name must be a string");
  const resolve = (obj: unknown, dotted: string) => dotted.split(".").reduce((o, part) => getattr(o, part), obj);
  const get =
    names.length === 1
      ? (obj: unknown) => resolve(obj, names[0] as string)
      : (obj: unknown) => PyTuple.fromIterable(names.map((n) => resolve(obj, n as string)));
  return tagged(get, `operator.attrgetter(${names.map((n) => repr(n)).join(", ")})`, "operator.attrgetter");
}

export function methodcaller(...all: unknown[]): (obj: unknown) => unknown {
  const [positional, keywords] = splitKwargs(all);
  if (positional.length === 0) throw new TypeError("methodcaller needs at least one argument, the method name");
  const [name, ...args] = positional;
  if (typeof name !== "string") throw new TypeError("method name must be a string");
  const hasKw = Object.keys(keywords).length > 0;
  const call = (obj: unknown) => callMethod(obj, name, ...args, ...(hasKw ? [new Kwargs(keywords)] : []));
  const parts = [repr(name), ...args.map((a) => repr(a)), ...Object.entries(keywords).map(([k, v]) => `${k}=${repr(v)}`)];
  return tagged(call, `operator.methodcaller(${parts.join(", ")})`, "operator.methodcaller");
}

export function index(a: unknown): number | bigint {
  if (typeof a === "number" && Number.isInteger(a)) return a;
  if (typeof a === "bigint") return a;
  if (typeof a === "boolean") return Number(a);
  const m = (a as { __index__?: () => number | bigint } | null)?.__index__;
  if (typeof m === "function") return m.call(a);
  throw new TypeError(`'${typeName(a)}' object cannot be interpreted as an integer`);
}

export function countOf(a: unknown, b: unknown): number {
  let n = 0;
  for (const x of iter(a)) if (x === b || eq(x, b)) n++;
  return n;
}

export function indexOf(a: unknown, b: unknown): number {
  let i = 0;
  for (const x of iter(a)) {
    if (x === b || eq(x, b)) return i;
    i++;
  }
  throw new ValueError("sequence.index(x): x not in sequence");
}
