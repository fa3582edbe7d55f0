// time.strftime as glibc's strftime formats in the C locale, and time.strptime for the common
// directives, with _strptime's error messages.
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { typeName } from "../builtins/typename.js";
import { strRepr } from "../builtins/repr.js";
import { DAYS, MONTHS, checkFields, localtime, normalizedForFormat, struct_time, tupleArg, zoneName } from "./struct.js";

const FULL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const pad = (n: number, width = 2, fill = "0") => {
  const s = String(Math.abs(n)).padStart(width, fill);
  return n < 0 ? `-${s}` : s;
};

// ISO 8601 week-based year and week number (%G, %V).
function isoWeek(year: number, yday: number, wday: number): [number, number] {
  const week = Math.floor((yday - wday + 9) / 7);
  if (week < 1) {
    const prev = year - 1;
    const prevDays = (prev % 4 === 0 && prev % 100 !== 0) || prev % 400 === 0 ? 366 : 365;
    return isoWeek(prev, yday + prevDays, wday);
  }
  const days = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
  if (yday - wday + 3 > days) return [year + 1, 1];
  return [year, week];
}

function epochSeconds(tm: number[]): number {
  const [y, mo, d, h, mi, s] = tm as [number, number, number, number, number, number];
  return Math.floor(new Date(y, mo - 1, d, h, mi, s).getTime() / 1000);
}

function directive(c: string, tm: number[], zone: { name: string; gmtoff: number }): string | undefined {
  const [year, mon, mday, hour, min, sec, wday, yday] = tm as [number, number, number, number, number, number, number, number];
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const sundayWday = (wday + 1) % 7;
  switch (c) {
    case "a": return DAYS[wday];
    case "A": return FULL_DAYS[wday];
    case "b": case "h": return MONTHS[mon - 1];
    case "B": return FULL_MONTHS[mon - 1];
    case "c": return `${DAYS[wday]} ${MONTHS[mon - 1]} ${pad(mday, 2, " ")} ${pad(hour)}:${pad(min)}:${pad(sec)} ${year}`;
    case "C": return pad(Math.floor(year / 100));
    case "d": return pad(mday);
    case "D": return `${pad(mon)}/${pad(mday)}/${pad(year % 100)}`;
    case "e": return pad(mday, 2, " ");
    case "F": return `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}-${pad(mon)}-${pad(mday)}`;
    case "G": return String(isoWeek(year, yday, wday)[0]);
    case "g": return pad(isoWeek(year, yday, wday)[0] % 100);
    case "H": return pad(hour);
    case "I": return pad(hour12);
    case "j": return pad(yday, 3);
    case "k": return pad(hour, 2, " ");
    case "l": return pad(hour12, 2, " ");
    case "m": return pad(mon);
    case "M": return pad(min);
    case "n": return "\n";
    case "p": return hour < 12 ? "AM" : "PM";
    case "P": return hour < 12 ? "am" : "pm";
    case "r": return `${pad(hour12)}:${pad(min)}:${pad(sec)} ${hour < 12 ? "AM" : "PM"}`;
    case "R": return `${pad(hour)}:${pad(min)}`;
    case "s": return String(epochSeconds(tm));
    case "S": return pad(sec);
    case "t": return "\t";
    case "T": return `${pad(hour)}:${pad(min)}:${pad(sec)}`;
    case "u": return String(wday + 1);
    case "U": return pad(Math.floor((yday - 1 + 7 - sundayWday) / 7));
    case "V": return pad(isoWeek(year, yday, wday)[1]);
    case "w": return String(sundayWday);
    case "W": return pad(Math.floor((yday - 1 + 7 - wday) / 7));
    case "x": return `${pad(mon)}/${pad(mday)}/${pad(year % 100)}`;
    case "X": return `${pad(hour)}:${pad(min)}:${pad(sec)}`;
    case "y": return pad(((year % 100) + 100) % 100);
    case "Y": return String(year);
    case "z": {
      const off = Math.abs(zone.gmtoff);
      return `${zone.gmtoff < 0 ? "-" : "+"}${pad(Math.floor(off / 3600))}${pad(Math.floor((off % 3600) / 60))}`;
    }
    case "Z": return zone.name;
    case "%": return "%";
    default: return undefined;
  }
}

export function strftime(format: unknown, t?: unknown): string {
  if (typeof format !== "string") throw new TypeError(`strftime() argument 1 must be str, not ${typeName(format)}`);
  const st = t === undefined || t === null ? localtime() : t;
  const raw = tupleArg(st, "strftime");
  checkFields(raw);
  const tm = normalizedForFormat(raw);
  const zone =
    st instanceof struct_time && st.tm_zone !== null && st.tm_gmtoff !== null
      ? { name: st.tm_zone, gmtoff: st.tm_gmtoff }
      : { name: zoneName(new Date()), gmtoff: -new Date().getTimezoneOffset() * 60 };
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== "%" || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const d = format[++i]!;
    const value = directive(d, tm, zone);
    // glibc copies an unknown conversion through unchanged.
    out += value ?? `%${d}`;
  }
  return out;
}

// strptime: each directive's regular expression, as _strptime.TimeRE builds it (C locale).
const RE: Record<string, string> = {
  d: "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])",
  f: "(?<f>[0-9]{1,6})",
  H: "(?<H>2[0-3]|[0-1]\\d|\\d)",
  I: "(?<I>1[0-2]|0[1-9]|[1-9])",
  j: "(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  m: "(?<m>1[0-2]|0[1-9]|[1-9])",
  M: "(?<M>[0-5]\\d|\\d)",
  S: "(?<S>6[0-1]|[0-5]\\d|\\d)",
  w: "(?<w>[0-6])",
  y: "(?<y>\\d\\d)",
  Y: "(?<Y>\\d\\d\\d\\d)",
  z: "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))",
  a: `(?<a>${FULL_DAYS.map((d) => d.toLowerCase().slice(0, 3)).join("|")})`,
  A: `(?<A>${FULL_DAYS.map((d) => d.toLowerCase()).join("|")})`,
  b: `(?<b>${MONTHS.map((m) => m.toLowerCase()).join("|")})`,
  B: `(?<B>${FULL_MONTHS.map((m) => m.toLowerCase()).join("|")})`,
  p: "(?<p>am|pm)",
  "%": "%",
};

function patternFor(format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === "%" && i + 1 < format.length) {
      const d = format[++i]!;
      const re = RE[d];
      if (re === undefined) {
        if (d === "T") out += patternFor("%H:%M:%S");
        else if (d === "D") out += patternFor("%m/%d/%y");
        else if (d === "F") out += patternFor("%Y-%m-%d");
        else throw new ValueError(`'${d}' is a bad directive in format '%${d}'`);
        continue;
      }
      out += re;
    } else if (/\s/.test(c)) {
      out += "\\s+";
      while (i + 1 < format.length && /\s/.test(format[i + 1]!)) i++;
    } else out += c.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
  }
  return out;
}

export function strptime(data: unknown, format: unknown = "%a %b %d %H:%M:%S %Y"): struct_time {
  if (typeof data !== "string") throw new TypeError(`strptime() argument 0 must be str, not ${typeName(data)}`);
  if (typeof format !== "string") throw new TypeError(`strptime() argument 1 must be str, not ${typeName(format)}`);
  const re = new RegExp(`^(?:${patternFor(format).replace(/\(\?-i:Z\)/, "Z")})`, "i");
  const m = re.exec(data);
  if (!m) throw new ValueError(`time data ${strRepr(data)} does not match format ${strRepr(format)}`);
  if (m[0].length !== data.length) throw new ValueError(`unconverted data remains: ${data.slice(m[0].length)}`);
  const g = m.groups ?? {};
  let year = 1900;
  let month = 1;
  let day = 1;
  let hour = 0;
  if (g.Y !== undefined) year = Number(g.Y);
  else if (g.y !== undefined) year = Number(g.y) + (Number(g.y) <= 68 ? 2000 : 1900);
  if (g.m !== undefined) month = Number(g.m);
  else if (g.B !== undefined) month = FULL_MONTHS.findIndex((x) => x.toLowerCase() === g.B!.toLowerCase()) + 1;
  else if (g.b !== undefined) month = MONTHS.findIndex((x) => x.toLowerCase() === g.b!.toLowerCase()) + 1;
  if (g.d !== undefined) day = Number(g.d);
  if (g.H !== undefined) hour = Number(g.H);
  else if (g.I !== undefined) {
    hour = Number(g.I);
    const pm = (g.p ?? "").toLowerCase() === "pm";
    if (pm && hour !== 12) hour += 12;
    else if (!pm && hour === 12) hour = 0;
  }
  const minute = g.M !== undefined ? Number(g.M) : 0;
  const second = g.S !== undefined ? Number(g.S) : 0;
  let yday: number;
  if (g.j !== undefined) {
    yday = Number(g.j);
    const d = new Date(Date.UTC(year, 0, yday));
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
  } else {
    yday = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
  }
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() + 1 !== month) throw new ValueError("day is out of range for month");
  const wday = (check.getUTCDay() + 6) % 7;
  return struct_time.make([year, month, day, hour, minute, second, wday, yday, -1], { tm_zone: null, tm_gmtoff: null });
}
