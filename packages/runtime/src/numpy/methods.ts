// The ndarray's operators and methods that reach beyond ndarray.ts (kernels, reductions,
// printing), attached to its prototype once, and the numpy scalars' operators. Comparisons of
// arrays give arrays: they carry the symbol that tells the runtime's comparison functions to
// return them as the value of `a < b` (builtins/compare.ts).
import { ndarray } from "./ndarray.js";
import { int64, bool_ } from "./scalars.js";
import { binary, unary, type BinaryOp } from "./kernels.js";
import { arrayRepr, arrayStr } from "./arrayprint.js";
import { all, any, argmax, argmin, dot, max, mean, min, sum } from "./reductions.js";
import { asarray } from "./creation.js";

const ARITHMETIC: readonly BinaryOp[] = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow"];
const COMPARISONS: readonly BinaryOp[] = ["eq", "ne", "lt", "le", "gt", "ge"];

function define(cls: Function, name: string, fn: Function): void {
  Object.defineProperty(cls.prototype, name, { value: fn, writable: true, configurable: true });
}

for (const cls of [ndarray, int64, bool_]) {
  for (const op of ARITHMETIC) {
    define(cls, `__${op}__`, function (this: unknown, other: unknown) {
      return binary(op, this, other);
    });
    define(cls, `__r${op}__`, function (this: unknown, other: unknown) {
      return binary(op, other, this);
    });
  }
  for (const op of COMPARISONS) {
    define(cls, `__${op}__`, function (this: unknown, other: unknown) {
      const r = binary(op, this, other);
      // A scalar comparison is a truth value (shown as True/False, not np.True_).
      return r instanceof bool_ ? r.value : r;
    });
  }
  define(cls, "__neg__", function (this: unknown) {
    return unary("neg", this);
  });
  define(cls, "__pos__", function (this: unknown) {
    return unary("pos", this);
  });
  define(cls, "__abs__", function (this: unknown) {
    return unary("abs", this);
  });
}

Object.defineProperty(ndarray.prototype, Symbol.for("py2ts.elementwiseComparison"), { value: true });

const reductions = { sum, mean, min, max, argmin, argmax, all, any };
for (const [name, fn] of Object.entries(reductions)) {
  define(ndarray, name, function (this: ndarray, ...args: unknown[]) {
    return fn(this, ...args);
  });
}

define(ndarray, "dot", function (this: ndarray, other: unknown) {
  return dot(this, other);
});
define(ndarray, "astype", function (this: ndarray, dtype: unknown) {
  const out = asarray(this, dtype);
  return out === this ? this.copy() : out;
});
define(ndarray, "__repr__", function (this: ndarray) {
  return arrayRepr(this);
});
define(ndarray, "__str__", function (this: ndarray) {
  return arrayStr(this);
});
