// pickle analogue: round trips keep Python types and shared references; what CPython refuses
// to pickle is refused with its messages (checked against python3's pickle).
import { describe, expect, it } from "vitest";
import { AttributeError, RuntimeError, ValueError } from "../../src/builtins/exceptions.js";
import { PyDict } from "../../src/builtins/dict.js";
import { PyFloat } from "../../src/builtins/float.js";
import { PyTuple } from "../../src/builtins/tuple.js";
import { repr } from "../../src/builtins/repr.js";
import { registerMainModule } from "../../src/multiprocessing/module-registry.js";
import { decode, dumps, encode, loads, PicklingError, registerReducer } from "../../src/multiprocessing/reduction.js";
import { forkClosure } from "../../src/builtins/fork-closures.js";
import { Lock } from "../../src/multiprocessing/synchronize.js";

class Point {
  constructor(
    public x: unknown,
    public y: unknown,
  ) {}
}
function double(x: number): number {
  return 2 * x;
}
function outer(): () => void {
  function inner(): void {}
  Object.defineProperty(inner, "__qualname__", { value: "outer.<locals>.inner" });
  return inner;
}

registerMainModule({ url: "file:///test.mjs", name: "__main__", exports: () => ({ Point, double, outer }) });

const roundTrip = (value: unknown): unknown => loads(dumps(value));

describe("reduction", () => {
  it("keeps Python types", () => {
    const value = PyTuple.of(
      new PyFloat(2),
      3,
      2n ** 80n,
      "s",
      null,
      true,
      new PyDict([[PyTuple.of(1, 2), [new PyFloat(0.5)]]]),
    );
    expect(repr(roundTrip(value))).toBe("(2.0, 3, 1208925819614629174706176, 's', None, True, {(1, 2): [0.5]})");
  });

  it("keeps shared references and cycles", () => {
    const inner = [1];
    const outerList: unknown[] = [inner, inner];
    outerList.push(outerList);
    const back = roundTrip(outerList) as unknown[];
    expect(back[0]).toBe(back[1]);
    expect(back[2]).toBe(back);
  });

  it("rebuilds module-level classes, functions and exceptions", () => {
    const point = roundTrip(new Point(1, new PyFloat(2))) as Point;
    expect(point).toBeInstanceOf(Point);
    expect(repr(point.y)).toBe("2.0");
    expect(roundTrip(double)).toBe(double);
    const error = roundTrip(new ValueError("bad", 3)) as ValueError;
    expect(error).toBeInstanceOf(ValueError);
    expect(repr(error)).toBe("ValueError('bad', 3)");
  });

  it("refuses lambdas and local functions as CPython does", () => {
    expect(() => dumps(outer())).toThrow(AttributeError);
    expect(() => dumps(outer())).toThrow("Can't pickle local object 'outer.<locals>.inner'");
    expect(() => dumps((x: number) => x)).toThrow(PicklingError);
    expect(() => dumps((x: number) => x)).toThrow(
      /^Can't pickle <function <lambda> at 0x[0-9a-f]+>: attribute lookup <lambda> on __main__ failed$/,
    );
  });

  it("refuses handles outside inheritance", () => {
    expect(() => dumps(new Lock())).toThrow(RuntimeError);
    expect(() => dumps(new Lock())).toThrow("Lock objects should only be shared between processes through inheritance");
  });
});

describe("#6 closures a forked child runs", () => {
  // What the transpiler emits for `def make(n): def add(x): return x + n` passed as a target.
  function forkClosure_add(n: unknown): (x: number) => unknown {
    const add = (x: number): unknown => x + (n as number);
    return forkClosure(add, "forkClosure_add", () => ({ n }), "make.<locals>.add");
  }
  const moduleExports = { forkClosure_add };

  it("crosses under fork as its factory plus its free variables' current values", () => {
    let n = 1;
    const add = forkClosure((x: number) => x + n, "forkClosure_add", () => ({ n }), "make.<locals>.add");
    n = 41;
    const { data } = encode(add, { allowHandles: true, forkClosures: true });
    const rebuilt = decode(data, moduleExports) as (x: number) => number;
    expect(rebuilt(1)).toBe(42);
  });

  it("names a free variable that cannot cross", () => {
    const lock = new Lock();
    const add = forkClosure((x: number) => x, "forkClosure_add", () => ({ done: () => 1, lock }), "make.<locals>.add");
    expect(() => encode(add, { allowHandles: true, forkClosures: true })).toThrow(
      "py2ts: a forked child cannot receive 'done', a free variable of make.<locals>.add (PicklingError: Can't pickle <function <lambda>",
    );
  });

  it("is refused elsewhere with CPython's message for a local object", () => {
    const add = forkClosure((x: number) => x, "forkClosure_add", () => ({}), "make.<locals>.add");
    expect(() => dumps(add)).toThrow(AttributeError);
    expect(() => dumps(add)).toThrow("Can't pickle local object 'make.<locals>.add'");
    expect(() => encode(add, { allowHandles: true })).toThrow("Can't pickle local object 'make.<locals>.add'");
  });
});

describe("registered reducers", () => {
  class Celsius {
    constructor(public degrees: number) {}
  }

  it("rebuild by calling what reduce returned, shared references kept", () => {
    registerReducer(Celsius, (c: Celsius) => PyTuple.of(Point, PyTuple.of(c.degrees, "C")));
    const c = new Celsius(20);
    const [a, b] = loads(dumps([c, c])) as Point[];
    expect(a).toBeInstanceOf(Point);
    expect([a!.x, a!.y]).toEqual([20, "C"]);
    expect(b).toBe(a);
  });

  it("refuse a reduce that returns no tuple, as pickle does", () => {
    class Odd {}
    registerReducer(Odd, () => 3);
    expect(() => dumps(new Odd())).toThrow("__reduce__ must return a string or tuple, not int");
  });
});
