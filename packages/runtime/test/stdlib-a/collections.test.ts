// collections against CPython 3.11's output (values recorded with python3).
import { describe, expect, it } from "vitest";
import { repr, pyStr, kw, getitem, setitem, add, sub, and_, eq, formatExceptionOnly } from "../../src/builtins/index.js";
import { Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap } from "../../src/collections.js";
import { PyDict, list } from "../../src/builtins/index.js";

function error(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return formatExceptionOnly(e);
  }
  return "no error";
}

describe("Counter", () => {
  it("counts, orders and prints as CPython", () => {
    const c = new Counter("abracadabra");
    expect(repr(c)).toBe("Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})");
    expect(repr(c.most_common(2))).toBe("[('a', 5), ('b', 2)]");
    expect(getitem(c, "q")).toBe(0);
    setitem(c, "z", add(getitem(c, "z"), 2));
    expect(repr(c)).toBe("Counter({'a': 5, 'b': 2, 'r': 2, 'z': 2, 'c': 1, 'd': 1})");
    expect(repr([...c.elements()].sort())).toBe("['a', 'a', 'a', 'a', 'a', 'b', 'b', 'c', 'd', 'r', 'r', 'z', 'z']");
    expect(repr(new Counter())).toBe("Counter()");
  });
  it("has the multiset operators", () => {
    const c = new Counter("abca");
    expect(repr(add(c, new Counter(PyDict.fromRecord({ z: -1 }))))).toBe("Counter({'a': 2, 'b': 1, 'c': 1})");
    expect(repr(sub(new Counter(kw({ a: -1, b: 2 })), new Counter(kw({ a: -3 }))))).toBe("Counter({'a': 2, 'b': 2})");
    // Through the method: builtins' or_ merges any two PyDicts before looking for __or__.
    expect(repr(new Counter("aab").__or__(new Counter("abbb")))).toBe("Counter({'b': 3, 'a': 2})");
    expect(repr(and_(new Counter("aab"), new Counter("abbb")))).toBe("Counter({'a': 1, 'b': 1})");
  });
  it("updates and subtracts", () => {
    const c = new Counter("abca");
    c.update(PyDict.fromRecord({ a: 1.5 }));
    expect(repr(c)).toBe("Counter({'a': 3.5, 'b': 1, 'c': 1})");
    c.subtract("bbb");
    expect(repr(c)).toBe("Counter({'a': 3.5, 'c': 1, 'b': -2})");
    expect(repr(c.most_common(-1))).toBe("[]");
    expect(error(() => c.update([1], [2]))).toBe("TypeError: Counter.update() takes from 1 to 2 positional arguments but 3 were given");
    expect(error(() => Counter.fromkeys())).toBe("NotImplementedError: Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  });
});

describe("defaultdict / OrderedDict / ChainMap", () => {
  it("defaultdict calls its factory and prints it", () => {
    const d = new defaultdict(list);
    (getitem(d, "a") as unknown[]).push(1);
    expect(repr(d)).toBe("defaultdict(<class 'list'>, {'a': [1]})");
    expect(repr(new defaultdict())).toBe("defaultdict(None, {})");
    expect(error(() => getitem(new defaultdict(), "k"))).toBe("KeyError: 'k'");
    expect(error(() => new defaultdict(3))).toBe("TypeError: first argument must be callable or None");
  });
  it("OrderedDict moves and pops from either end", () => {
    const o = new OrderedDict(kw({ a: 1, b: 2, c: 3 }));
    o.move_to_end("a");
    expect(repr(o)).toBe("OrderedDict([('b', 2), ('c', 3), ('a', 1)])");
    o.move_to_end("a", kw({ last: false }));
    expect(repr(o.popitem(kw({ last: false })))).toBe("('a', 1)");
    expect(repr(o)).toBe("OrderedDict([('b', 2), ('c', 3)])");
    expect(repr(new OrderedDict())).toBe("OrderedDict()");
    expect(error(() => o.move_to_end("zz"))).toBe("KeyError: 'zz'");
    expect(error(() => new OrderedDict().popitem())).toBe("KeyError: 'dictionary is empty'");
  });
  it("ChainMap reads through and writes to the first map", () => {
    const cm = new ChainMap(PyDict.fromRecord({ a: 1 }), PyDict.fromRecord({ a: 2, b: 3 }));
    expect(getitem(cm, "b")).toBe(3);
    setitem(cm, "b", 4);
    expect(repr(cm)).toBe("ChainMap({'a': 1, 'b': 4}, {'a': 2, 'b': 3})");
    expect(repr([...cm])).toBe("['a', 'b']");
  });
});

describe("deque", () => {
  it("is bounded, rotates and prints as CPython", () => {
    const d = new deque([1, 2, 3], kw({ maxlen: 3 }));
    d.append(4);
    expect(repr(d)).toBe("deque([2, 3, 4], maxlen=3)");
    d.rotate(1);
    expect(repr(d)).toBe("deque([4, 2, 3], maxlen=3)");
    d.rotate(-2);
    expect(repr(d)).toBe("deque([3, 4, 2], maxlen=3)");
    d.extendleft([7, 8]);
    expect(repr(d)).toBe("deque([8, 7, 3], maxlen=3)");
    expect(repr(new deque())).toBe("deque([])");
    expect(eq(new deque("ab"), new deque(["a", "b"]))).toBe(true);
  });
  it("raises CPython's errors", () => {
    expect(error(() => new deque().pop())).toBe("IndexError: pop from an empty deque");
    expect(error(() => new deque().popleft())).toBe("IndexError: pop from an empty deque");
    expect(error(() => new deque([1]).remove(5))).toBe("ValueError: 5 is not in deque");
    expect(error(() => getitem(new deque([1]), 5))).toBe("IndexError: deque index out of range");
    expect(error(() => new deque([], -1))).toBe("ValueError: maxlen must be non-negative");
  });
});

describe("namedtuple", () => {
  it("builds a tuple class with fields and defaults", () => {
    const P = namedtuple("Point", "x y");
    const p = new P(1, kw({ y: 2 }));
    expect(pyStr(p)).toBe("Point(x=1, y=2)");
    expect(repr(P._fields)).toBe("('x', 'y')");
    expect(eq(p, [1, 2])).toBe(false);
    expect((p as unknown as { x: number }).x).toBe(1);
    const Q = namedtuple("Q", ["a", "b", "c"], kw({ defaults: [9, 8] }));
    expect(pyStr(new Q(1))).toBe("Q(a=1, b=9, c=8)");
    expect(repr(Q._field_defaults)).toBe("{'b': 9, 'c': 8}");
  });
  it("raises CPython's errors", () => {
    const P = namedtuple("Point", "x y");
    expect(error(() => new P(1))).toBe("TypeError: Point.__new__() missing 1 required positional argument: 'y'");
    expect(error(() => new P(1, 2, 3))).toBe("TypeError: Point.__new__() takes 3 positional arguments but 4 were given");
    expect(error(() => new P(1, kw({ z: 2 })))).toBe("TypeError: Point.__new__() got an unexpected keyword argument 'z'");
    expect(error(() => namedtuple("X", "a a"))).toBe("ValueError: Encountered duplicate field name: 'a'");
    expect(error(() => namedtuple("X", "a _b"))).toBe("ValueError: Field names cannot start with an underscore: '_b'");
    expect(error(() => namedtuple("X", "a def"))).toBe("ValueError: Type names and field names cannot be a keyword: 'def'");
  });
});
