// time's conversions against python3: gmtime/strftime/asctime over many fixed timestamps and
// formats, strptime results and errors, struct_time behaviour.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { asctime, gmtime, strftime, strptime, struct_time } from "../../src/time.js";
import { repr, str } from "../../src/builtins/repr.js";
import { typeName } from "../../src/builtins/typename.js";
import { PyTuple } from "../../src/builtins/tuple.js";
import { getitem } from "../../src/builtins/items.js";

const STAMPS = [0, 1, 59, 86399, 86400, 951782400, 951868800, 978307200, 1000000000, 1234567890, 1700000000, 1704067199, 1704067200, 2147483647, -1, -86400, 4102444800];
const FORMATS = ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%c", "%x %X", "%D %T %F %R %r", "%j %U %W %w %u", "%G %g %V", "%C %y %e %k %l", "%I %p %P %M %S", "%% %n%t %z %Z", "%Q %f %E"];

function py(code: string): string {
  return execFileSync("python3", ["-c", `import time\n${code}`], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
}

function show(x: unknown): string {
  return repr(x);
}

describe("time conversions", () => {
  it("gmtime, strftime and asctime agree with python3", () => {
    const expected = py(`
for ts in ${JSON.stringify(STAMPS)}:
    t = time.gmtime(ts)
    print(repr(t), repr(time.asctime(t)))
    for f in ${JSON.stringify(FORMATS)}:
        print(repr(time.strftime(f, t)))
`);
    const lines: string[] = [];
    for (const ts of STAMPS) {
      const t = gmtime(ts);
      lines.push(`${show(t)} ${show(asctime(t))}`);
      for (const f of FORMATS) lines.push(show(strftime(f, t)));
    }
    expect(lines.join("\n") + "\n").toBe(expected);
  });

  it("strptime results and errors agree with python3", () => {
    const cases: [string, string][] = [
      ["2023-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"], ["Mar 5 2023", "%b %d %Y"], ["march 05 23", "%B %d %y"],
      ["12:30 AM", "%I:%M %p"], ["12:30 pm", "%I:%M %p"], ["2024-366", "%Y-%j"], ["69", "%y"], ["68", "%y"],
      ["2023", "%Y-%m"], ["2023-01x", "%Y-%m"], ["2023-02-29", "%Y-%m-%d"], ["31/12/1999", "%d/%m/%Y"], ["2023-1-2", "%Y-%m-%d"],
      ["Tue Nov 14 22:13:20 2023", "%a %b %d %H:%M:%S %Y"], ["  5", "%d"],
    ];
    const expected = py(`
for s, f in ${JSON.stringify(cases)}:
    try:
        print(repr(time.strptime(s, f)))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
`);
    const lines = cases.map(([s, f]) => {
      try {
        return show(strptime(s, f));
      } catch (e) {
        return `${typeName(e)}: ${str(e)}`;
      }
    });
    expect(lines.join("\n") + "\n").toBe(expected);
  });

  it("struct_time is a 9-sequence with named fields and tuple comparisons", () => {
    const t = new struct_time(PyTuple.of(2020, 1, 2, 3, 4, 5, 3, 2, 0));
    expect(repr(t)).toBe("time.struct_time(tm_year=2020, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=3, tm_yday=2, tm_isdst=0)");
    expect(t.tm_mday).toBe(2);
    expect(t.tm_zone).toBe(null);
    expect(repr(getitem(t, -1))).toBe("0");
    expect(t.__eq__(PyTuple.of(2020, 1, 2, 3, 4, 5, 3, 2, 0))).toBe(true);
    expect(() => new struct_time(PyTuple.of(1, 2))).toThrow("time.struct_time() takes an at least 9-sequence (2-sequence given)");
  });
});
