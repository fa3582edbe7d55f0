// datetime.strptime as CPython's Lib/_strptime.py in the C locale: the format becomes one
// case-insensitive regex, the groups are read in order, and its exact errors are raised.
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { strRepr } from "../builtins/repr.js";
import { typeName } from "../builtins/typename.js";
import { ymdToOrd, ordToYmd } from "./calendar.js";
import { datetime, setStrptime } from "./datetime.js";
import { offsetTz } from "./time.js";
import { DAY_NAMES, MONTH_NAMES } from "./strftime.js";

const names = (list: readonly string[], g: string): string =>
  `(?<${g}>${[...list].sort((a, b) => b.length - a.length).join("|")})`;

const DIRECTIVES: Record<string, string> = {
  d: "(?<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])",
  f: "(?<f>[0-9]{1,6})",
  H: "(?<H>2[0-3]|[0-1]\\d|\\d)",
  I: "(?<I>1[0-2]|0[1-9]|[1-9])",
  j: "(?<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  m: "(?<m>1[0-2]|0[1-9]|[1-9])",
  M: "(?<M>[0-5]\\d|\\d)",
  S: "(?<S>6[0-1]|[0-5]\\d|\\d)",
  w: "(?<w>[0-6])",
  u: "(?<u>[1-7])",
  y: "(?<y>\\d\\d)",
  Y: "(?<Y>\\d\\d\\d\\d)",
  z: "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|Z)",
  A: names(DAY_NAMES.map((d) => d.toLowerCase()), "A"),
  a: names(DAY_NAMES.map((d) => d.slice(0, 3).toLowerCase()), "a"),
  B: names(MONTH_NAMES.map((m) => m.toLowerCase()), "B"),
  b: names(MONTH_NAMES.map((m) => m.slice(0, 3).toLowerCase()), "b"),
  p: "(?<p>am|pm)",
  Z: "(?<Z>utc|gmt)",
  "%": "%",
};
const COMPOSITE: Record<string, string> = { c: "%a %b %d %H:%M:%S %Y", x: "%m/%d/%y", X: "%H:%M:%S" };

function pattern(format: string, original: string): string {
  let f = format.replace(/[\\.^$*+?(){}[\]|]/g, "\\$&").replace(/\s+/g, "\\s+");
  let out = "";
  const seen = new Set<string>();
  for (let i = f.indexOf("%"); i >= 0; i = f.indexOf("%")) {
    if (i + 1 >= f.length) throw new ValueError(`stray % in format '${original}'`);
    const c = f[i + 1]!;
    out += f.slice(0, i);
    f = f.slice(i + 2);
    if (COMPOSITE[c]) {
      out += pattern(COMPOSITE[c], original);
      continue;
    }
    const re = DIRECTIVES[c];
    if (re === undefined) throw new ValueError(`'${c}' is a bad directive in format '${original}'`);
    // JS forbids a repeated group name; CPython raises re.error there, rare in practice.
    if (seen.has(c) && c !== "%") throw new ValueError(`redefinition of group name '${c}' in format '${original}'`);
    seen.add(c);
    out += re;
  }
  return out + f;
}

export function strptime(s: unknown, format: unknown): datetime {
  if (typeof s !== "string") throw new TypeError(`strptime() argument 1 must be str, not ${typeName(s)}`);
  if (typeof format !== "string") throw new TypeError(`strptime() argument 2 must be str, not ${typeName(format)}`);
  const re = new RegExp("^(?:" + pattern(format, format) + ")", "iu");
  const found = re.exec(s);
  if (!found) throw new ValueError(`time data ${strRepr(s)} does not match format ${strRepr(format)}`);
  if (found[0].length !== s.length) throw new ValueError(`unconverted data remains: ${s.slice(found[0].length)}`);
  const g = found.groups ?? {};
  let year: number | undefined;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let fraction = 0;
  let julian: number | undefined;
  let offsetUs: bigint | null = null;
  for (const [key, value] of Object.entries(g)) {
    if (value === undefined) continue;
    const low = value.toLowerCase();
    switch (key) {
      case "y": year = Number(value) + (Number(value) <= 68 ? 2000 : 1900); break;
      case "Y": year = Number(value); break;
      case "m": month = Number(value); break;
      case "B": month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === low) + 1; break;
      case "b": month = MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === low) + 1; break;
      case "d": day = Number(value); break;
      case "H": hour = Number(value); break;
      case "I": {
        hour = Number(value);
        const ampm = (g.p ?? "").toLowerCase();
        if (ampm === "" || ampm === "am") hour = hour === 12 ? 0 : hour;
        else if (hour !== 12) hour += 12;
        break;
      }
      case "M": minute = Number(value); break;
      case "S": second = Number(value); break;
      case "f": fraction = Number(value.padEnd(6, "0")); break;
      case "j": julian = Number(value); break;
      case "z": offsetUs = parseOffset(value); break;
    }
  }
  const leapFix = year === undefined && month === 2 && day === 29;
  const y = year ?? (leapFix ? 1904 : 1900);
  if (julian !== undefined) {
    [, month, day] = ordToYmd(julian - 1 + ymdToOrd(y, 1, 1));
  }
  return new datetime(leapFix ? 1900 : y, month, day, hour, minute, second, fraction, offsetTz(offsetUs));
}

function parseOffset(z: string): bigint {
  if (z === "Z" || z === "z") return 0n;
  let v = z;
  if (v[3] === ":") {
    v = v.slice(0, 3) + v.slice(4);
    if (v.length > 5) {
      if (v[5] !== ":") throw new ValueError(`Inconsistent use of : in ${z}`);
      v = v.slice(0, 5) + v.slice(6);
    }
  }
  const hours = Number(v.slice(1, 3));
  const minutes = Number(v.slice(3, 5));
  const seconds = Number(v.slice(5, 7) || "0");
  const frac = v.length > 8 ? Number(v.slice(8).padEnd(6, "0")) : 0;
  const abs = BigInt(((hours * 60 + minutes) * 60 + seconds) * 1_000_000 + frac);
  return v[0] === "-" ? -abs : abs;
}

setStrptime(strptime);
