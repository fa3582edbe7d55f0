// enum.IntEnum for the runtime's own enums (signal.Signals, signal.Handlers): members are Enum
// singletons that behave as their int value everywhere an int is accepted, through the dunder
// methods the operator and conversion helpers consult (__index__, __eq__, __add__, …). As in
// CPython 3.11 (ReprEnum), str() and format() are the int's, repr() is `<Signals.SIGTERM: 15>`.
import { Enum } from "../enum.js";
import { add, sub, mul, truediv, floordiv, mod } from "../builtins/arith.js";
import { pow, lshift, rshift, and_, or_, xor, neg, invert, abs } from "../builtins/ops.js";
import { eq, lt, le, gt, ge } from "../builtins/compare.js";
import { hash } from "../builtins/numeric-functions.js";
import { format } from "../builtins/format.js";

type Binary = (a: unknown, b: unknown) => unknown;

export class IntEnum extends Enum {
  declare _value_: number;

  override get value(): number {
    return this._value_;
  }

  __index__(): number {
    return this._value_;
  }
  __int__(): number {
    return this._value_;
  }
  __float__(): unknown {
    return truediv(this._value_, 1);
  }
  __bool__(): boolean {
    return this._value_ !== 0;
  }
  override __str__(): string {
    return String(this._value_);
  }
  __format__(spec: unknown): string {
    return format(this._value_, spec);
  }
  override __hash__(): number {
    return hash(this._value_) as number;
  }
  /** A dict/set key equal to the int's, so `15 in {Signals.SIGTERM}` finds it (hash.ts keyOf). */
  __pykey__(): number {
    return this._value_;
  }
  __eq__(other: unknown): boolean {
    return eq(this._value_, unwrap(other));
  }
  __ne__(other: unknown): boolean {
    return !this.__eq__(other);
  }
  __lt__(other: unknown): unknown {
    return lt(this._value_, unwrap(other));
  }
  __le__(other: unknown): unknown {
    return le(this._value_, unwrap(other));
  }
  __gt__(other: unknown): unknown {
    return gt(this._value_, unwrap(other));
  }
  __ge__(other: unknown): unknown {
    return ge(this._value_, unwrap(other));
  }
  __neg__(): unknown {
    return neg(this._value_);
  }
  __pos__(): number {
    return this._value_;
  }
  __abs__(): unknown {
    return abs(this._value_);
  }
  __invert__(): unknown {
    return invert(this._value_);
  }
}

function unwrap(x: unknown): unknown {
  return x instanceof IntEnum ? x._value_ : x;
}

// int's binary operators, both ways round (`sig + 1`, `20 - sig`), as the int value would do
// them (so another operand's own reflected method still answers). Errors name 'int', not the enum.
const BINARY: Readonly<Record<string, Binary>> = { add, sub, mul, truediv, floordiv, mod, pow, lshift, rshift, and: and_, or: or_, xor };
for (const [name, op] of Object.entries(BINARY)) {
  const forward = function (this: IntEnum, other: unknown): unknown {
    return op(this._value_, unwrap(other));
  };
  const reflected = function (this: IntEnum, other: unknown): unknown {
    return op(unwrap(other), this._value_);
  };
  Object.defineProperty(IntEnum.prototype, `__${name}__`, { value: forward, writable: true, configurable: true });
  Object.defineProperty(IntEnum.prototype, `__r${name}__`, { value: reflected, writable: true, configurable: true });
}
