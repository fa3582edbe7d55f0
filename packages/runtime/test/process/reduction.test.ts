// pickle analogue: round trips keep Python types and shared references; what CPython refuses
// to pickle is refused with its messages (checked against python3's pickle).
import { describe, expect, it } from "vitest";
import { AttributeError, RuntimeError, ValueError } from "../../src/builtins/exceptions.js";
import { PyDict } from "../../src/builtins/dict.js";
import { PyFloat } from "../../src/builtins/float.js";
import { PyTuple } from "../../src/builtins/tuple.js";
import { repr } from "../../src/builtins/repr.js";
import { registerMainModule } from "../../src/multiprocessing/module-registry.js";
import { dumps, loads, PicklingError } from "../../src/multiprocessing/reduction.js";
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
