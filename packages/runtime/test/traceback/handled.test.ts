// The exception being handled (issue #4): what enterExcept/leaveExcept track, how chainContext
// sets __context__ as CPython's _PyErr_SetObject does, and sys.exc_info().
import { describe, expect, it } from "vitest";
import { KeyError, RuntimeError, ValueError, chainContext, enterExcept, handledException, leaveExcept, reraise } from "../../src/builtins/index.js";
import { exc_info } from "../../src/sys.js";

describe("handled exception", () => {
  it("is pushed on except entry and popped on exit", () => {
    expect(handledException()).toBe(null);
    const outer = enterExcept(new ValueError("a"));
    expect(handledException()).toBe(outer);
    const inner = enterExcept(new KeyError("b"));
    expect(exc_info()[1]).toBe(inner);
    expect(exc_info()[0]).toBe(KeyError);
    leaveExcept(inner);
    expect(handledException()).toBe(outer);
    leaveExcept(outer);
    expect([...exc_info()]).toEqual([null, null, null]);
  });

  it("chains an exception caught inside another handler to it", () => {
    const outer = enterExcept(new ValueError("a"));
    const inner = enterExcept(new KeyError("b"));
    leaveExcept(inner);
    leaveExcept(outer);
    expect(inner.__context__).toBe(outer);
  });

  it("leaving a handler drops entries a suspended generator left above it", () => {
    const outer = enterExcept(new ValueError("a"));
    enterExcept(new KeyError("abandoned"));
    leaveExcept(outer);
    expect(handledException()).toBe(null);
  });

  it("sets __context__ once, never to itself, and cuts a cycle", () => {
    const a = new ValueError("a");
    const b = new KeyError("b");
    expect(chainContext(a, a).__context__).toBe(null);
    b.__context__ = a;
    // raising a while handling b: b -> a would close the loop, so b's context is dropped.
    expect(chainContext(a, b).__context__).toBe(b);
    expect(b.__context__).toBe(null);
    const c = new RuntimeError("c");
    c.__context__ = b;
    expect(chainContext(c, a).__context__).toBe(b);
  });

  it("bare raise outside a handler is RuntimeError", () => {
    expect(reraise().__str__()).toBe("No active exception to reraise");
    const error = enterExcept(new ValueError("x"));
    expect(reraise()).toBe(error);
    leaveExcept(error);
  });

  it("converts JS errors on entry", () => {
    const error = enterExcept(new globalThis.TypeError("Cannot read properties of null (reading 'x')"));
    leaveExcept(error);
    expect(error.__str__()).toBe("'NoneType' object has no attribute 'x'");
  });
});
