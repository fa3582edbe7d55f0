// re and datetime against CPython 3.11: each Python expression's str() was recorded from
// python3 into expected.json; the same call through the runtime must print the same text.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kw, PyFloat, pyStr } from "../../src/builtins/index.js";
import * as re from "../../src/re.js";
import * as dt from "../../src/datetime.js";

const expected = JSON.parse(readFileSync(new URL("./expected.json", import.meta.url), "utf8")) as Record<string, [string, string][]>;
const f = (x: number) => new PyFloat(x);

const cases: Record<string, (() => unknown)[]> = {
  re: [
    () => re.match("(a)(b)?", "ac"),
    () => re.findall("\\d*", "a12b"),
    () => re.sub("x*", "-", "abxd"),
    () => re.split("(,)", "a,b"),
    () => re.sub("(?P<w>\\w+)", "<\\g<w>>", "hi yo"),
    () => re.escape("a.b*c"),
    () => re.compile("a+", re.I | re.M),
    () => re.findall("^\\w", "ab\ncd", re.M),
    () => (re.search("b$", "ab\n") as re.Match).span(),
    () => (re.fullmatch("a|ab", "ab") as re.Match).group(),
    () => re.findall("\\w+", "grüße 世界"),
    () => re.subn("a", "b", "aaa", kw({ count: 2 })),
    () => (re.match("(?P<x>a)(?P=x)", "aa") as re.Match).groupdict(),
    () => (re.search("😀(b)", "a😀b") as re.Match).span(1),
  ],
  datetime: [
    () => new dt.timedelta(kw({ days: -1, seconds: 5 })),
    () => new dt.timedelta(kw({ hours: 25, microseconds: 3 })).__repr__(),
    () => new dt.timedelta(kw({ minutes: f(1.5) })).__mul__(3),
    () => (new dt.date(2024, 2, 29).__add__(new dt.timedelta(kw({ days: 366 }))) as dt.date).__repr__(),
    () => new dt.datetime(2024, 1, 1, 12, 30).__repr__(),
    () => new dt.datetime(2024, 3, 9, 15, 7, 2, 42).strftime("%a %b %d %I:%M:%S.%f %p %j %U %W"),
    () => dt.datetime.strptime("5 March 2021 7:45 PM", "%d %B %Y %I:%M %p").__repr__(),
    () => dt.datetime.fromisoformat("2024-03-04T05:06:07.5+05:30"),
    () => dt.datetime.fromtimestamp(f(1700000000.25), dt.timezone.utc).isoformat(),
    () => new dt.timezone(new dt.timedelta(kw({ hours: -3, minutes: -30 }))).__repr__(),
    () => new dt.date(2021, 1, 3).isocalendar().__repr__(),
    () => new dt.datetime(2024, 6, 1, kw({ tzinfo: dt.timezone.utc })).timestamp(),
  ],
};

for (const [module, thunks] of Object.entries(cases)) {
  describe(module, () => {
    expected[module]!.forEach(([expr, want], i) => {
      it(expr, () => {
        expect(pyStr(thunks[i]!())).toBe(want);
      });
    });
  });
}

describe("re errors", () => {
  it("names what JS cannot express", () => {
    expect(() => re.compile("(?>a)")).toThrow(/atomic group/);
    expect(() => re.compile("a*+")).toThrow(/possessive quantifier/);
    expect(() => re.compile("(?i:a)")).toThrow(/scoped inline flag/);
  });
});
