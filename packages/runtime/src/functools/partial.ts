// functools.partial and reduce. A partial is a real JS function (so it can be passed anywhere a
// callable goes) carrying func/args/keywords and CPython's repr.
import { PyTuple, PyDict, TypeError, Kwargs, callFunction, repr, splitKwargs, iter, callable } from "../builtins/index.js";

export interface Partial {
  (...args: unknown[]): unknown;
  readonly func: unknown;
  readonly args: PyTuple;
  readonly keywords: PyDict;
}

function isPartial(x: unknown): x is Partial {
  return typeof x === "function" && (x as { __partial__?: boolean }).__partial__ === true;
}

export function partial(...all: unknown[]): Partial {
  const [positional, keywords] = splitKwargs(all);
  if (positional.length === 0) throw new TypeError("type 'partial' takes at least one argument");
  let func = positional[0];
  let args = positional.slice(1);
  let kws: Record<string, unknown> = { ...keywords };
  if (!callable(func)) throw new TypeError("the first argument must be callable");
  // partial(partial(f, 1), 2) flattens into partial(f, 1, 2), as CPython does.
  if (isPartial(func)) {
    args = [...func.args, ...args];
    kws = { ...Object.fromEntries(func.keywords.entries() as Iterable<[string, unknown]>), ...kws };
    func = func.func;
  }
  const target = func;
  const frozenArgs = PyTuple.fromIterable(args);
  const fn = function (...callArgs: unknown[]): unknown {
    const [more, moreKw] = splitKwargs(callArgs);
    return callFunction(target, [...frozenArgs, ...more], { ...kws, ...moreKw });
  };
  Object.defineProperties(fn, {
    func: { value: target },
    args: { value: frozenArgs },
    keywords: { get: () => PyDict.fromRecord(kws) },
    __partial__: { value: true },
    __pytype__: { value: "functools.partial" },
    __repr__: {
      value: () => {
        const parts = [repr(target), ...frozenArgs.map((a) => repr(a)), ...Object.entries(kws).map(([k, v]) => `${k}=${repr(v)}`)];
        return `functools.partial(${parts.join(", ")})`;
      },
    },
  });
  return fn as unknown as Partial;
}

const NO_INITIAL = Symbol("no initial");

// The function must be synchronous: an async (blocking) user function would accumulate
// promises. TODO(#5): an async reduce for blocking callbacks.
export function reduce(fn: unknown, iterable: unknown, initial: unknown = NO_INITIAL): unknown {
  if (iterable === undefined || iterable instanceof Kwargs || initial instanceof Kwargs) {
    throw new TypeError(iterable === undefined ? `reduce expected at least 2 arguments, got 1` : "reduce() takes no keyword arguments");
  }
  const it = iter(iterable);
  let acc = initial;
  if (acc === NO_INITIAL) {
    const first = it.next();
    if (first.done) throw new TypeError("reduce() of empty iterable with no initial value");
    acc = first.value;
  }
  for (const x of it) acc = callFunction(fn, [acc, x]);
  return acc;
}
