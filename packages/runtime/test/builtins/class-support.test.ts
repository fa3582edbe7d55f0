// Issue #4 class support: class-body namespaces, instance __dict__, property deleters, method
// signatures counting self, and class-level hooks (messages as python3 3.11 prints them).
import { describe, expect, it } from "vitest";
import {
  PyObject,
  UNBOUND,
  bindArguments,
  callMethod,
  defineFunction,
  delattr,
  getattr,
  hasattr,
  propertyDeleter,
  setClassNamespace,
  setattr,
  setitem,
  signatureOf,
  vars,
  type Signature,
} from "../../src/builtins/index.js";

describe("setClassNamespace", () => {
  it("stores bound names and skips unbound or never-assigned ones", () => {
    class C extends PyObject {}
    setClassNamespace(C, { a: 1, gone: UNBOUND, never: undefined, none: null });
    expect(getattr(C, "a")).toBe(1);
    expect(getattr(C, "none")).toBe(null);
    expect(hasattr(C, "gone")).toBe(false);
    expect(hasattr(C, "never")).toBe(false);
  });
});

describe("instance __dict__", () => {
  it("is one live mapping per instance: writes and deletes go through", () => {
    class P extends PyObject {}
    const p = new P();
    setattr(p, "x", 1);
    const d = getattr(p, "__dict__");
    expect(vars(p)).toBe(d);
    setitem(d, "w", 4);
    expect(getattr(p, "w")).toBe(4);
    delattr(p, "x");
    expect([...getattr(p, "__dict__").keys()]).toEqual(["w"]);
  });
});

describe("properties and hooks", () => {
  it("runs a property's deleter on del, and refuses one without", () => {
    const log: string[] = [];
    class A extends PyObject {
      get v(): number {
        return 1;
      }
      get ro(): number {
        return 2;
      }
    }
    propertyDeleter(A, "v", function (this: unknown) {
      log.push("deleted");
    });
    delattr(new A(), "v");
    expect(log).toEqual(["deleted"]);
    expect(() => delattr(new A(), "ro")).toThrow("property 'ro' of 'A' object has no deleter");
  });

  it("calls a classmethod found on an instance with the class", () => {
    class S extends PyObject {
      static make(this: unknown): unknown {
        return this;
      }
    }
    class T extends S {}
    expect(callMethod(new T(), "make")).toBe(T);
  });

  it("reads __hash__ as None for a class with __eq__ and no __hash__", () => {
    class E extends PyObject {
      __eq__(): boolean {
        return true;
      }
    }
    expect(getattr(E, "__hash__")).toBe(null);
  });
});

describe("method signatures", () => {
  it("count self in 'takes … positional arguments'", () => {
    const hello = (_name: unknown) => undefined;
    defineFunction(hello, "Greeter.hello(name)");
    const method = signatureOf(hello)!;
    expect(method.implicitSelf).toBe(true);
    expect(() => bindArguments(method, ["a", "b"])).toThrow("Greeter.hello() takes 2 positional arguments but 3 were given");
    // A @staticmethod has no self; the runtime's own method signatures list `self` themselves.
    const util = (_name: unknown) => undefined;
    defineFunction(util, "Greeter.util(name)", { static: true });
    expect(() => bindArguments(signatureOf(util)!, ["a", "b"])).toThrow("Greeter.util() takes 1 positional argument but 2 were given");
    const own: Signature = { name: "Popen.kill", params: [{ name: "self", kind: "positional", hasDefault: false }] };
    expect(() => bindArguments(own, ["p", "x"])).toThrow("Popen.kill() takes 1 positional argument but 2 were given");
  });
});
