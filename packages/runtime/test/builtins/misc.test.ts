// Builtin functions, methods, subscription and dict keys: each TS expression against
// CPython's repr of the same Python expression (data/misc.json from data/gen_misc.py).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import * as b from "../../src/builtins/index.js";

const { PyFloat, PyTuple, PyDict, PySet, PyFrozenSet, PyBytes, PySlice, kw, callMethod: m, getitem, setitem } = b;
const F = (x: number) => new PyFloat(x);
const T = (...xs: unknown[]) => PyTuple.of(...xs);
const D = (entries: [unknown, unknown][] = []) => new PyDict(entries);
const S = (...xs: unknown[]) => new PySet(xs);
const L = (x: unknown) => b.list(x);
const B = (...xs: number[]) => new PyBytes(Uint8Array.from(xs));
const sl = (a: unknown, c: unknown, s: unknown = null) => new PySlice(a, c, s);

const cases: Record<string, () => unknown> = {
  "d = {1: 'a'}; d[1.0] = 'b'; d[True] = 'c'; d": () => {
    const d = D([[1, "a"]]);
    setitem(d, F(1), "b");
    setitem(d, true, "c");
    return d;
  },
  "{(1, 2): 1}[(1.0, 2)]": () => getitem(D([[T(1, 2), 1]]), T(F(1), 2)),
  "{'a': 1} == {'a': 1.0}": () => b.eq(D([["a", 1]]), D([["a", F(1)]])),
  "len({1, 1.0, True})": () => b.len(S(1, F(1), true)),
  "{}[[1]]": () => getitem(D(), [1]),
  "{frozenset({1}): 2}[frozenset([1])]": () => getitem(D([[new PyFrozenSet([1]), 2]]), new PyFrozenSet([1])),
  "d = {'a': 1, 'b': 2}; d.pop('a'), d": () => {
    const d = D([["a", 1], ["b", 2]]);
    return T(m(d, "pop", "a"), d);
  },
  "d = {'a': 1}; d.pop('z')": () => m(D([["a", 1]]), "pop", "z"),
  "d = {'x': 1}; d.setdefault('y', []).append(3); d": () => {
    const d = D([["x", 1]]);
    m(m(d, "setdefault", "y", []), "append", 3);
    return d;
  },
  "dict([('a', 1)], b=2)": () => b.dict([T("a", 1)], kw({ b: 2 })),
  "d = {'a': 1, 'b': 2}; d.popitem(), d": () => {
    const d = D([["a", 1], ["b", 2]]);
    return T(m(d, "popitem"), d);
  },
  "{}.popitem()": () => m(D(), "popitem"),
  "dict.fromkeys('ab', 0)": () => PyDict.fromkeys("ab", 0),
  "list({'b': 1, 'a': 2}.items())": () => L(D([["b", 1], ["a", 2]]).items()),
  "{1, 2} | {3}": () => b.or_(S(1, 2), S(3)),
  "{1, 2} & {2, 3}": () => b.and_(S(1, 2), S(2, 3)),
  "{1, 2} - {2}": () => b.sub(S(1, 2), S(2)),
  "{1, 2} ^ {2, 3}": () => b.xor(S(1, 2), S(2, 3)),
  "sorted([3, 1, 2], reverse=True)": () => b.sorted([3, 1, 2], kw({ reverse: true })),
  "sorted(['b', 'A', 'a'], key=str.lower)": () => b.sorted(["b", "A", "a"], kw({ key: (s: string) => s.toLowerCase() })),
  "sorted([3, 1, 'a'])": () => b.sorted([3, 1, "a"]),
  "min([3, 1, 2])": () => b.min([3, 1, 2]),
  "max('abc')": () => b.max("abc"),
  "min([], default=0)": () => b.min([], kw({ default: 0 })),
  "max([])": () => b.max([]),
  "max(1, 2, 3)": () => b.max(1, 2, 3),
  "min([(1, 'b'), (1, 'a')])": () => b.min([T(1, "b"), T(1, "a")]),
  "sum([1, 2, 3])": () => b.sum([1, 2, 3]),
  "sum([0.1] * 10)": () => b.sum(b.mul([F(0.1)], 10)),
  "sum([1, 2], 0.5)": () => b.sum([1, 2], F(0.5)),
  "sum(['a'], '')": () => b.sum(["a"], ""),
  "list(enumerate('ab', 1))": () => L(b.enumerate("ab", 1)),
  "list(zip('ab', [1, 2, 3]))": () => L(b.zip("ab", [1, 2, 3])),
  "list(zip([1, 2], [3], strict=True))": () => L(b.zip([1, 2], [3], kw({ strict: true }))),
  "list(map(abs, [-1, 2]))": () => L(b.map(b.abs, [-1, 2])),
  "list(filter(None, [0, 1, '', 'a']))": () => L(b.filter(null, [0, 1, "", "a"])),
  "any([0, '', None])": () => b.any([0, "", null]),
  "all([])": () => b.all([]),
  "list(reversed([1, 2, 3]))": () => L(b.reversed([1, 2, 3])),
  "list(reversed(range(3)))": () => L(b.reversed(b.range(3))),
  "reversed({1})": () => b.reversed(S(1)),
  "round(2.5)": () => b.round(F(2.5)),
  "round(3.5)": () => b.round(F(3.5)),
  "round(-0.5)": () => b.round(F(-0.5)),
  "round(2.675, 2)": () => b.round(F(2.675), 2),
  "round(0.125, 2)": () => b.round(F(0.125), 2),
  "round(1234, -2)": () => b.round(1234, -2),
  "round(1250, -2)": () => b.round(1250, -2),
  "round(1.5e-9, 3)": () => b.round(F(1.5e-9), 3),
  "round(5.5, 0)": () => b.round(F(5.5), 0),
  "divmod(-7, 2)": () => b.divmod(-7, 2),
  "divmod(7.5, -2)": () => b.divmod(F(7.5), -2),
  "hex(-255)": () => b.hex(-255),
  "oct(8)": () => b.oct(8),
  "bin(5)": () => b.bin(5),
  "chr(955)": () => b.chr(955),
  "ord('λ')": () => b.ord("λ"),
  "ord('ab')": () => b.ord("ab"),
  "abs(-3)": () => b.abs(-3),
  "abs(-2.5)": () => b.abs(F(-2.5)),
  "pow(2, 10)": () => b.pow(2, 10),
  "pow(2, -1)": () => b.pow(2, -1),
  "pow(3, 4, 5)": () => b.pow(3, 4, 5),
  "pow(2, -1, 5)": () => b.pow(2, -1, 5),
  "int('  -0x1f  ', 16)": () => b.int("  -0x1f  ", 16),
  "int('0b101', 0)": () => b.int("0b101", 0),
  "int('1_000')": () => b.int("1_000"),
  "int('x')": () => b.int("x"),
  "int(3.9)": () => b.int(F(3.9)),
  "int(-3.9)": () => b.int(F(-3.9)),
  "int('12', 2)": () => b.int("12", 2),
  "int(2.5e20)": () => b.int(F(2.5e20)),
  "float(' 1_000.5 ')": () => b.float(" 1_000.5 "),
  "float('-inf')": () => b.float("-inf"),
  "float('nan')": () => b.float("nan"),
  "float('x')": () => b.float("x"),
  "float(3)": () => b.float(3),
  "float('1e500')": () => b.float("1e500"),
  "bool([])": () => b.bool([]),
  "bool('a')": () => b.bool("a"),
  "str(1.0)": () => b.str(F(1)),
  "str(None)": () => b.str(null),
  "list('ab')": () => L("ab"),
  "tuple([1])": () => b.tuple([1]),
  "set()": () => b.set(),
  "frozenset([1])": () => b.frozenset([1]),
  "isinstance(True, int)": () => b.isinstance(true, b.int),
  "isinstance(1, float)": () => b.isinstance(1, b.float),
  "isinstance(1.0, (int, float))": () => b.isinstance(F(1), T(b.int, b.float)),
  "issubclass(bool, int)": () => b.issubclass(b.bool, b.int),
  "type(1.5).__name__": () => b.getattr(b.type(F(1.5)), "__name__"),
  "type({}).__name__": () => b.getattr(b.type(D()), "__name__"),
  "type(None).__name__": () => b.getattr(b.type(null), "__name__"),
  "type(range(1)).__name__": () => b.getattr(b.type(b.range(1)), "__name__"),
  "'a,b,,c'.split(',')": () => m("a,b,,c", "split", ","),
  "'a b  c'.split()": () => m("a b  c", "split"),
  "'  a b  c  '.split(None, 1)": () => m("  a b  c  ", "split", null, 1),
  "'a,b,c'.rsplit(',', 1)": () => m("a,b,c", "rsplit", ",", 1),
  "'  x '.strip()": () => m("  x ", "strip"),
  "'xxaxx'.strip('x')": () => m("xxaxx", "strip", "x"),
  "'-'.join(['a', 'b'])": () => m("-", "join", ["a", "b"]),
  "'-'.join([1])": () => m("-", "join", [1]),
  "'aaa'.replace('a', 'b', 2)": () => m("aaa", "replace", "a", "b", 2),
  "'hello'.find('l')": () => m("hello", "find", "l"),
  "'hello'.rfind('l')": () => m("hello", "rfind", "l"),
  "'hello'.index('z')": () => m("hello", "index", "z"),
  "'hello'.count('l')": () => m("hello", "count", "l"),
  "'hello'.startswith(('x', 'he'))": () => m("hello", "startswith", T("x", "he")),
  "'hello'.endswith('lo', 0, 5)": () => m("hello", "endswith", "lo", 0, 5),
  "'hello world'.title()": () => m("hello world", "title"),
  "'hELLO'.capitalize()": () => m("hELLO", "capitalize"),
  "'Hello'.swapcase()": () => m("Hello", "swapcase"),
  "'ab'.center(7, '*')": () => m("ab", "center", 7, "*"),
  "'ab'.ljust(4) + '|'": () => b.add(m("ab", "ljust", 4), "|"),
  "'ab'.rjust(4)": () => m("ab", "rjust", 4),
  "'-42'.zfill(6)": () => m("-42", "zfill", 6),
  "'a\\nb\\r\\nc'.splitlines()": () => m("a\nb\r\nc", "splitlines"),
  "'a\\nb\\n'.splitlines(True)": () => m("a\nb\n", "splitlines", true),
  "'a=b=c'.partition('=')": () => m("a=b=c", "partition", "="),
  "'a=b=c'.rpartition('=')": () => m("a=b=c", "rpartition", "="),
  "'123'.isdigit()": () => m("123", "isdigit"),
  "'abc'.isalpha()": () => m("abc", "isalpha"),
  "'  '.isspace()": () => m("  ", "isspace"),
  "'ABC'.isupper()": () => m("ABC", "isupper"),
  "'Abc'.istitle()": () => m("Abc", "istitle"),
  "'{} {}'.format(1, 'a')": () => m("{} {}", "format", 1, "a"),
  "'{0!r:>6}'.format('a')": () => m("{0!r:>6}", "format", "a"),
  "'{x:.2f}'.format(x=2.5)": () => m("{x:.2f}", "format", kw({ x: F(2.5) })),
  "'{:{w}}|'.format(3, w=4)": () => m("{:{w}}|", "format", 3, kw({ w: 4 })),
  "'{}'.format()": () => m("{}", "format"),
  "'héllo'.encode()": () => m("héllo", "encode"),
  "b'\\xc3\\xa9'.decode()": () => m(B(0xc3, 0xa9), "decode"),
  "b'\\xff'.decode()": () => m(B(0xff), "decode"),
  "'é'.encode('ascii')": () => m("é", "encode", "ascii"),
  "l = [3, 1, 2]; l.sort(); l": () => {
    const l = [3, 1, 2];
    m(l, "sort");
    return l;
  },
  "l = [1, 2]; l.append(3); l.extend((4,)); l.insert(0, 0); l": () => {
    const l = [1, 2];
    m(l, "append", 3);
    m(l, "extend", T(4));
    m(l, "insert", 0, 0);
    return l;
  },
  "l = [1, 2, 3]; l.pop(), l.pop(0), l": () => {
    const l = [1, 2, 3];
    return T(m(l, "pop"), m(l, "pop", 0), l);
  },
  "[].pop()": () => m([], "pop"),
  "l = [1, 2, 1]; l.remove(1); l": () => {
    const l = [1, 2, 1];
    m(l, "remove", 1);
    return l;
  },
  "[1, 2].index(3)": () => m([1, 2], "index", 3),
  "[1, 1].count(1)": () => m([1, 1], "count", 1),
  "(1, 2).index(3)": () => m(T(1, 2), "index", 3),
  "(5).bit_length()": () => m(5, "bit_length"),
  "(2.0).is_integer()": () => m(F(2), "is_integer"),
  "(1.5).hex()": () => m(F(1.5), "hex"),
  "(0.5).as_integer_ratio()": () => m(F(0.5), "as_integer_ratio"),
  "(1).x": () => b.getattr(1, "x"),
  "None.x": () => b.getattr(null, "x"),
  "'a'.foo()": () => m("a", "foo"),
  "'abc'[1]": () => getitem("abc", 1),
  "'abc'[-1]": () => getitem("abc", -1),
  "'abc'[5]": () => getitem("abc", 5),
  "'abcdef'[1:5:2]": () => getitem("abcdef", sl(1, 5, 2)),
  "[1, 2, 3][::-1]": () => getitem([1, 2, 3], sl(null, null, -1)),
  "(1, 2, 3)[1:]": () => getitem(T(1, 2, 3), sl(1, null)),
  "range(10)[2:8:2]": () => getitem(b.range(10), sl(2, 8, 2)),
  "range(10)[-1]": () => getitem(b.range(10), -1),
  "[1][5]": () => getitem([1], 5),
  "{'a': 1}['b']": () => getitem(D([["a", 1]]), "b"),
  "3 in [1, 2, 3]": () => b.contains([1, 2, 3], 3),
  "'b' in 'abc'": () => b.contains("abc", "b"),
  "1 in 'abc'": () => b.contains("abc", 1),
  "(1, 2) in {(1, 2): 0}": () => b.contains(D([[T(1, 2), 0]]), T(1, 2)),
  "5 in range(0, 10, 5)": () => b.contains(b.range(0, 10, 5), 5),
  "[1, 2] < [1, 3]": () => b.lt([1, 2], [1, 3]),
  "(1, 'a') < (1, 'b')": () => b.lt(T(1, "a"), T(1, "b")),
  "'a' < 1": () => b.lt("a", 1),
  "[1] == (1,)": () => b.eq([1], T(1)),
  "1 == 1.0": () => b.eq(1, F(1)),
  "{1, 2} <= {1, 2, 3}": () => b.le(S(1, 2), S(1, 2, 3)),
  "None == 0": () => b.eq(null, 0),
  "[1] * 3": () => b.mul([1], 3),
  "'ab' * 2": () => b.mul("ab", 2),
  "[0] * -1": () => b.mul([0], -1),
  "'a' + 1": () => b.add("a", 1),
  "[1] + (2,)": () => b.add([1], T(2)),
  "3 * 'x'": () => b.mul(3, "x"),
  "l = [1]; l += 'ab'; l": () => b.iadd([1], "ab"),
  "s = {1}; s |= {2}; s": () => b.ior(S(1), S(2)),
  "repr(1e16)": () => b.repr(F(1e16)),
  "repr(-0.0)": () => b.repr(F(-0)),
  "str(2 ** 100)": () => b.str(b.pow(2, 100)),
  "ascii('é')": () => b.ascii("é"),
  "hash(-1)": () => b.hash(-1),
  "hash(2 ** 61)": () => b.hash(b.pow(2, 61)),
  "hash(1.5)": () => b.hash(F(1.5)),
  "hash((1, 2))": () => b.hash(T(1, 2)),
  "hash(())": () => b.hash(T()),
  "hash(True)": () => b.hash(true),
  "hash(0.5)": () => b.hash(F(0.5)),
  "hash([])": () => b.hash([]),
  "format(1234567.891, ',.2f')": () => b.format(F(1234567.891), ",.2f"),
  "{}[{}]": () => getitem(D(), D()),
  "{1: 2}[{1}]": () => getitem(D([[1, 2]]), S(1)),
  "hash({})": () => b.hash(D()),
  "{1: 'a'}[1.0]": () => getitem(D([[1, "a"]]), F(1)),
  "{(1, 2.0): 'x'}[(1.0, 2)]": () => getitem(D([[T(1, F(2)), "x"]]), T(F(1), 2)),
  "{2**70: 1}[float(2**70)]": () => getitem(D([[2n ** 70n, 1]]), b.float(2n ** 70n)),
  "enumerate(5)": () => b.enumerate(5),
  "map(abs, 5)": () => b.map(b.abs, 5),
  "filter(None, 5)": () => b.filter(null, 5),
  "type(map(abs, [])).__name__": () => b.getattr(b.type(b.map(b.abs, [])), "__name__"),
  "type(zip()).__name__": () => b.getattr(b.type(b.zip()), "__name__"),
  "format(255, '#x')": () => b.format(255, "#x"),
  "format('x', '^5')": () => b.format("x", "^5"),
};

const expected: Record<string, string> = JSON.parse(readFileSync(new URL("./data/misc.json", import.meta.url), "utf8"));

describe("builtins against CPython", () => {
  it("covers every recorded expression", () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(expected).sort());
  });
  it.each(Object.keys(expected))("%s", (expr) => {
    let got: string;
    try {
      got = b.repr(cases[expr]!());
    } catch (e) {
      got = b.formatExceptionOnly(e);
    }
    expect(got).toBe(expected[expr]);
  });
});
