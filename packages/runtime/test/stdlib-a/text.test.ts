// json, string and textwrap against CPython 3.11's output (values recorded with python3).
import { describe, expect, it } from "vitest";
import { repr, kw, PyDict, PyTuple, pyFloat, PySet, list, formatExceptionOnly } from "../../src/builtins/index.js";
import * as json from "../../src/json.js";
import * as string from "../../src/string.js";
import * as textwrap from "../../src/textwrap.js";

function error(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return formatExceptionOnly(e);
  }
  return "no error";
}

describe("json", () => {
  it("dumps with Python's spacing, float repr and key coercion", () => {
    const d = new PyDict<unknown, unknown>([
      ["a", [1, pyFloat(2), null, true]],
      ["b", PyDict.fromRecord({ c: 'é\n"' })],
      [3, pyFloat(1e20)],
      [pyFloat(2.5), pyFloat(1e-7)],
    ]);
    expect(json.dumps(d)).toBe('{"a": [1, 2.0, null, true], "b": {"c": "\\u00e9\\n\\""}, "3": 1e+20, "2.5": 1e-07}');
    expect(json.dumps([1, PyDict.fromRecord({ x: [] }), new PyDict(), []], kw({ indent: 2 }))).toBe('[\n  1,\n  {\n    "x": []\n  },\n  {},\n  []\n]');
    expect(json.dumps(PyDict.fromRecord({ b: 1, a: 2 }), kw({ sort_keys: true, separators: PyTuple.of(",", ":") }))).toBe('{"a":2,"b":1}');
    expect(json.dumps("é", kw({ ensure_ascii: false }))).toBe('"é"');
    expect(json.dumps("\u{1f600}")).toBe('"\\ud83d\\ude00"');
    expect(json.dumps(pyFloat(NaN))).toBe("NaN");
  });
  it("raises CPython's encoder errors", () => {
    expect(error(() => json.dumps(new PyDict([[PyTuple.of(1, 2), 3]])))).toBe("TypeError: keys must be str, int, float, bool or None, not tuple");
    expect(error(() => json.dumps(new PySet()))).toBe("TypeError: Object of type set is not JSON serializable");
    expect(json.dumps(new PySet([1]), kw({ default: list }))).toBe("[1]");
  });
  it("loads, with JSONDecodeError positions", () => {
    expect(repr(json.loads('{"a": [1, 2.5, null, true, "x\\u00e9"]}'))).toBe("{'a': [1, 2.5, None, True, 'xé']}");
    expect(repr(json.loads('"\\ud83d\\ude00"'))).toBe("'😀'");
    expect(repr(json.loads("12345678901234567890"))).toBe("12345678901234567890");
    expect(error(() => json.loads("[1,]"))).toBe("json.decoder.JSONDecodeError: Expecting value: line 1 column 4 (char 3)");
    expect(error(() => json.loads('{"a" 1}'))).toBe("json.decoder.JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)");
    expect(error(() => json.loads("[1] x"))).toBe("json.decoder.JSONDecodeError: Extra data: line 1 column 5 (char 4)");
    expect(error(() => json.loads('  "abc'))).toBe("json.decoder.JSONDecodeError: Unterminated string starting at: line 1 column 3 (char 2)");
    expect(error(() => json.loads('["a\\q"]'))).toBe("json.decoder.JSONDecodeError: Invalid \\escape: line 1 column 4 (char 3)");
  });
});

describe("string", () => {
  it("Template substitutes and reports bad placeholders", () => {
    const t = new string.Template("$who likes ${what} $$");
    expect(t.substitute(kw({ who: "tim", what: "kung pao" }))).toBe("tim likes kung pao $");
    expect(t.safe_substitute(PyDict.fromRecord({ who: "x" }))).toBe("x likes ${what} $");
    expect(error(() => new string.Template("$who $x").substitute(kw({ who: 1 })))).toBe("KeyError: 'x'");
    expect(error(() => new string.Template("$").substitute())).toBe("ValueError: Invalid placeholder in string: line 1, col 1");
    expect(error(() => new string.Template("a ${ b").substitute())).toBe("ValueError: Invalid placeholder in string: line 1, col 3");
    expect(repr(new string.Template("$a ${b} $a").get_identifiers())).toBe("['a', 'b']");
  });
  it("capwords and constants", () => {
    expect(string.capwords("  hello   world  ")).toBe("Hello World");
    expect(string.capwords("a-b c", "-")).toBe("A-B c");
    expect(repr(string.printable)).toBe(`'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\\'()*+,-./:;<=>?@[\\\\]^_\`{|}~ \\t\\n\\r\\x0b\\x0c'`);
    expect(new string.Formatter().format("{0} {x:>3}", 1, kw({ x: 2 }))).toBe("1   2");
  });
});

describe("textwrap", () => {
  it("wraps and fills as Lib/textwrap.py", () => {
    expect(repr(textwrap.wrap("The quick brown fox jumps over the lazy dog, well-known as a pangram -- really", kw({ width: 20 })))).toBe(
      "['The quick brown fox', 'jumps over the lazy', 'dog, well-known as a', 'pangram -- really']",
    );
    expect(repr(textwrap.fill("Supercalifragilisticexpialidocious is long", kw({ width: 10 })))).toBe("'Supercalif\\nragilistic\\nexpialidoc\\nious is\\nlong'");
    expect(repr(textwrap.wrap("a b c d e f g h", kw({ width: 5, max_lines: 2 })))).toBe("['a b c', '[...]']");
    expect(repr(textwrap.wrap("\tindented text", kw({ width: 12, initial_indent: "* ", subsequent_indent: "  " })))).toBe("['* indented', '  text']");
    expect(repr(textwrap.wrap("one. two", kw({ fix_sentence_endings: true, width: 40 })))).toBe("['one.  two']");
  });
  it("shorten, dedent, indent", () => {
    expect(textwrap.shorten("Hello  world!", kw({ width: 11 }))).toBe("Hello [...]");
    expect(textwrap.shorten("Hello  world!", kw({ width: 12 }))).toBe("Hello world!");
    expect(textwrap.dedent("  a\n\t b\n")).toBe("  a\n\t b\n");
    expect(textwrap.dedent("    x\n  \n      y")).toBe("x\n\n  y");
    expect(textwrap.indent("a\n\nb", "+ ")).toBe("+ a\n\n+ b");
  });
});
