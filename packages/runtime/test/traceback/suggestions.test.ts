// "Did you mean" hints of uncaught NameErrors, against python3.11 running a script whose globals
// are five functions/classes (value, counter, make_pool, Worker, data_items) and then `<name>`.
import { describe, expect, it } from "vitest";
import { NameError, PyObject, formatExceptionOnly, getattr } from "../../src/builtins/index.js";
import { registerMainModule } from "../../src/multiprocessing/module-registry.js";
import { closestName, levenshteinDistance, recordNameLookup } from "../../src/traceback-suggestions.js";

const GLOBALS = { value() {}, counter() {}, make_pool() {}, Worker: class {}, data_items() {} };

// Recorded from python3 (null: no hint).
const CASES: Record<string, string | null> = {
  "Pool": "bool",
  "vlaue": "value",
  "Value": "value",
  "counter2": "counter",
  "cnt": "int",
  "make_pol": "make_pool",
  "worker": "Worker",
  "Workers": "Worker",
  "data_item": "data_items",
  "lenn": "len",
  "prnt": "print",
  "Print": "print",
  "sorte": "sorted",
  "Exceptio": "Exception",
  "ValueErr": "ValueError",
  "ranged": "range",
  "zipp": "zip",
  "mapp": "map",
  "x": null,
  "ab": "abs",
  "isinstanc": "isinstance",
  "TRUE": "True",
  "none": "None",
  "NONE": "None",
  "Flase": "False",
  "tupel": "super",
  "dictt": "dict",
  "KeyErorr": "KeyError",
  "opne": null,
  "quitt": "quit",
  "inpt": "input",
  "fomat": "format",
  "__nme__": "__name__",
  "__file": "__file__",
  "multiprocessing": null,
  "Process": null,
  "Queue": null,
  "Lock": null,
  "sleep": null,
  "time": null,
  "os": null,
  "sys": null,
  "foo": null,
  "bar": null,
  "pool": "bool",
  "itertools": null,
  "\u03bbx": null,
  "na\u00efve": null,
  "a_very_long_identifier_name_that_is_over_forty_chars": null,
  "sum_": "sum",
  "sums": "sum",
  "exec_": "exec",
  "iterr": "iter",
  "nxt": "next",
  "fillter": "filter",
};

function lookupFailure(name: string): NameError {
  const error = new NameError(`name '${name}' is not defined`);
  recordNameLookup(error, name);
  return error;
}

describe("NameError suggestions", () => {
  registerMainModule({ url: "file:///suggestions.ts", name: "__main__", exports: () => GLOBALS });

  for (const [name, hint] of Object.entries(CASES)) {
    it(`${name} → ${hint}`, () => {
      const suffix = hint === null ? "" : `. Did you mean: '${hint}'?`;
      expect(formatExceptionOnly(lookupFailure(name), { suggestions: true })).toBe(
        `NameError: name '${name}' is not defined${suffix}`,
      );
    });
  }

  it("gives no hint without the option, nor for a NameError the user raised", () => {
    expect(formatExceptionOnly(lookupFailure("vlaue"), { suggestions: false })).toBe("NameError: name 'vlaue' is not defined");
    expect(formatExceptionOnly(new NameError("name 'vlaue' is not defined"), { suggestions: true })).toBe(
      "NameError: name 'vlaue' is not defined",
    );
  });

  it("turns V8's undeclared-name ReferenceError into a NameError with a hint", () => {
    expect(formatExceptionOnly(new ReferenceError("counterr is not defined"), { suggestions: true })).toBe(
      "NameError: name 'counterr' is not defined. Did you mean: 'counter'?",
    );
  });
});

describe("levenshteinDistance (CPython's costs: move 2, case 1)", () => {
  it("counts a case flip as 1 and other edits as 2", () => {
    expect(levenshteinDistance("Value", "value", 10)).toBe(1);
    expect(levenshteinDistance("vlaue", "value", 10)).toBe(4);
    expect(levenshteinDistance("abc", "abcd", 10)).toBe(2);
  });

  it("stops above the bound and keeps the first of equal candidates", () => {
    expect(levenshteinDistance("abcdef", "uvwxyz", 3)).toBe(4);
    expect(closestName("ab", ["abc", "abd"])).toBe("abc");
  });
});

describe("AttributeError suggestions (dir() of user objects and classes)", () => {
  class Base extends PyObject {
    inherited_thing(): void {}
  }
  class A extends Base {
    static counter = 0;
    value = 1;
    method(): void {}
  }

  // Recorded from python3 with the same class shapes.
  const cases: [unknown, string, string][] = [
    [new A(), "valeu", "'A' object has no attribute 'valeu'. Did you mean: 'value'?"],
    [new A(), "methd", "'A' object has no attribute 'methd'. Did you mean: 'method'?"],
    [new A(), "inherited_thng", "'A' object has no attribute 'inherited_thng'. Did you mean: 'inherited_thing'?"],
    [new A(), "__int__", "'A' object has no attribute '__int__'. Did you mean: '__init__'?"],
    [new A(), "__dic__", "'A' object has no attribute '__dic__'. Did you mean: '__dict__'?"],
    [new A(), "xx", "'A' object has no attribute 'xx'"],
    [A, "countr", "type object 'A' has no attribute 'countr'. Did you mean: 'counter'?"],
  ];
  for (const [obj, name, message] of cases) {
    it(`${name} → ${message}`, () => {
      let caught: unknown;
      try {
        getattr(obj, name);
      } catch (error) {
        caught = error;
      }
      expect(formatExceptionOnly(caught, { suggestions: true })).toBe(`AttributeError: ${message}`);
    });
  }
});
