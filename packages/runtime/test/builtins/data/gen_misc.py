# Records repr() (or the exception line) of each expression: python3 gen_misc.py > misc.json.
# misc.test.ts has the TypeScript form of each expression, keyed by the same text.
import json, sys
EXPRS = [
 "d = {1: 'a'}; d[1.0] = 'b'; d[True] = 'c'; d",
 "{(1, 2): 1}[(1.0, 2)]",
 "{'a': 1} == {'a': 1.0}",
 "len({1, 1.0, True})",
 "{}[[1]]",
 "{frozenset({1}): 2}[frozenset([1])]",
 "d = {'a': 1, 'b': 2}; d.pop('a'), d",
 "d = {'a': 1}; d.pop('z')",
 "d = {'x': 1}; d.setdefault('y', []).append(3); d",
 "dict([('a', 1)], b=2)",
 "d = {'a': 1, 'b': 2}; d.popitem(), d",
 "{}.popitem()",
 "dict.fromkeys('ab', 0)",
 "list({'b': 1, 'a': 2}.items())",
 "{1, 2} | {3}", "{1, 2} & {2, 3}", "{1, 2} - {2}", "{1, 2} ^ {2, 3}",
 "sorted([3, 1, 2], reverse=True)", "sorted(['b', 'A', 'a'], key=str.lower)", "sorted([3, 1, 'a'])",
 "min([3, 1, 2])", "max('abc')", "min([], default=0)", "max([])", "max(1, 2, 3)", "min([(1, 'b'), (1, 'a')])",
 "sum([1, 2, 3])", "sum([0.1] * 10)", "sum([1, 2], 0.5)", "sum(['a'], '')",
 "list(enumerate('ab', 1))", "list(zip('ab', [1, 2, 3]))", "list(zip([1, 2], [3], strict=True))",
 "list(map(abs, [-1, 2]))", "list(filter(None, [0, 1, '', 'a']))", "any([0, '', None])", "all([])",
 "list(reversed([1, 2, 3]))", "list(reversed(range(3)))", "reversed({1})",
 "round(2.5)", "round(3.5)", "round(-0.5)", "round(2.675, 2)", "round(0.125, 2)", "round(1234, -2)", "round(1250, -2)", "round(1.5e-9, 3)", "round(5.5, 0)",
 "divmod(-7, 2)", "divmod(7.5, -2)", "hex(-255)", "oct(8)", "bin(5)", "chr(955)", "ord('λ')", "ord('ab')",
 "abs(-3)", "abs(-2.5)", "pow(2, 10)", "pow(2, -1)", "pow(3, 4, 5)", "pow(2, -1, 5)",
 "int('  -0x1f  ', 16)", "int('0b101', 0)", "int('1_000')", "int('x')", "int(3.9)", "int(-3.9)", "int('12', 2)", "int(2.5e20)",
 "float(' 1_000.5 ')", "float('-inf')", "float('nan')", "float('x')", "float(3)", "float('1e500')",
 "bool([])", "bool('a')", "str(1.0)", "str(None)", "list('ab')", "tuple([1])", "set()", "frozenset([1])",
 "isinstance(True, int)", "isinstance(1, float)", "isinstance(1.0, (int, float))", "issubclass(bool, int)", "type(1.5).__name__", "type({}).__name__", "type(None).__name__", "type(range(1)).__name__",
 "'a,b,,c'.split(',')", "'a b  c'.split()", "'  a b  c  '.split(None, 1)", "'a,b,c'.rsplit(',', 1)", "'  x '.strip()", "'xxaxx'.strip('x')", "'-'.join(['a', 'b'])", "'-'.join([1])",
 "'aaa'.replace('a', 'b', 2)", "'hello'.find('l')", "'hello'.rfind('l')", "'hello'.index('z')", "'hello'.count('l')", "'hello'.startswith(('x', 'he'))", "'hello'.endswith('lo', 0, 5)",
 "'hello world'.title()", "'hELLO'.capitalize()", "'Hello'.swapcase()", "'ab'.center(7, '*')", "'ab'.ljust(4) + '|'", "'ab'.rjust(4)", "'-42'.zfill(6)", "'a\\nb\\r\\nc'.splitlines()", "'a\\nb\\n'.splitlines(True)",
 "'a=b=c'.partition('=')", "'a=b=c'.rpartition('=')", "'123'.isdigit()", "'abc'.isalpha()", "'  '.isspace()", "'ABC'.isupper()", "'Abc'.istitle()",
 "'{} {}'.format(1, 'a')", "'{0!r:>6}'.format('a')", "'{x:.2f}'.format(x=2.5)", "'{:{w}}|'.format(3, w=4)", "'{}'.format()",
 "'héllo'.encode()", "b'\\xc3\\xa9'.decode()", "b'\\xff'.decode()", "'é'.encode('ascii')",
 "l = [3, 1, 2]; l.sort(); l", "l = [1, 2]; l.append(3); l.extend((4,)); l.insert(0, 0); l", "l = [1, 2, 3]; l.pop(), l.pop(0), l", "[].pop()", "l = [1, 2, 1]; l.remove(1); l", "[1, 2].index(3)", "[1, 1].count(1)", "(1, 2).index(3)",
 "(5).bit_length()", "(2.0).is_integer()", "(1.5).hex()", "(0.5).as_integer_ratio()",
 "(1).x", "None.x", "'a'.foo()",
 "'abc'[1]", "'abc'[-1]", "'abc'[5]", "'abcdef'[1:5:2]", "[1, 2, 3][::-1]", "(1, 2, 3)[1:]", "range(10)[2:8:2]", "range(10)[-1]", "[1][5]", "{'a': 1}['b']",
 "3 in [1, 2, 3]", "'b' in 'abc'", "1 in 'abc'", "(1, 2) in {(1, 2): 0}", "5 in range(0, 10, 5)",
 "[1, 2] < [1, 3]", "(1, 'a') < (1, 'b')", "'a' < 1", "[1] == (1,)", "1 == 1.0", "{1, 2} <= {1, 2, 3}", "None == 0",
 "[1] * 3", "'ab' * 2", "[0] * -1", "'a' + 1", "[1] + (2,)", "3 * 'x'",
 "l = [1]; l += 'ab'; l", "s = {1}; s |= {2}; s",
 "repr(1e16)", "repr(-0.0)", "str(2 ** 100)", "ascii('é')",
 "hash(-1)", "hash(2 ** 61)", "hash(1.5)", "hash((1, 2))", "hash(())", "hash(True)", "hash(0.5)", "hash([])",
 "format(1234567.891, ',.2f')", "enumerate(5)", "map(abs, 5)", "filter(None, 5)", "type(map(abs, [])).__name__", "type(zip()).__name__", "{}[{}]", "{1: 2}[{1}]", "hash({})", "{1: 'a'}[1.0]", "{(1, 2.0): 'x'}[(1.0, 2)]", "{2**70: 1}[float(2**70)]", "format(255, '#x')", "format('x', '^5')",
]
out = {}
for e in EXPRS:
    ns = {}
    *stmts, last = e.split("; ")
    try:
        for s in stmts:
            exec(s, ns)
        out[e] = repr(eval(last, ns))
    except Exception as ex:
        out[e] = f"{type(ex).__name__}: {ex}" if str(ex) else type(ex).__name__
print(json.dumps(out, ensure_ascii=False, indent=0))
