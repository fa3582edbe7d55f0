// time.struct_time and the conversions between seconds and broken-down time: gmtime, localtime,
// mktime, asctime, ctime. Local time is Node's (the TZ environment variable), as libc's is.
import { OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { typeName } from "../builtins/typename.js";
import { StructSeq } from "../os/structseq.js";

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

export class struct_time extends StructSeq {
  static override readonly __name__ = "struct_time";
  static readonly __module__ = "time";
  static override readonly fields = FIELDS;
  static override readonly qualifiedName = "time.struct_time";

  declare readonly tm_year: number;
  declare readonly tm_mon: number;
  declare readonly tm_mday: number;
  declare readonly tm_hour: number;
  declare readonly tm_min: number;
  declare readonly tm_sec: number;
  declare readonly tm_wday: number;
  declare readonly tm_yday: number;
  declare readonly tm_isdst: number;
  declare readonly tm_zone: string | null;
  declare readonly tm_gmtoff: number | null;

  static override readonly extraFields = ["tm_zone", "tm_gmtoff"];
}

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Seconds as time functions take them: int or float (not str, whose message is int's). */
export function secondsArg(secs: unknown): number {
  if (secs instanceof PyFloat) {
    if (Number.isNaN(secs.value)) throw new ValueError("Invalid value NaN (not a number)");
    return secs.value;
  }
  if (typeof secs === "number") return secs;
  if (typeof secs === "boolean") return Number(secs);
  if (typeof secs === "bigint") return Number(secs);
  throw new TypeError(`'${typeName(secs)}' object cannot be interpreted as an integer`);
}

function whole(secs: unknown): number {
  if (secs === undefined || secs === null) return Math.floor(Date.now() / 1000);
  const s = Math.floor(secondsArg(secs));
  if (Math.abs(s) > 8.64e12) throw new OverflowError("timestamp out of range for platform time_t");
  return s;
}

function yday(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
}

function fromUTCDate(d: Date, isdst: number, zone: string, gmtoff: number): struct_time {
  const year = d.getUTCFullYear();
  const mon = d.getUTCMonth() + 1;
  const mday = d.getUTCDate();
  const wday = (d.getUTCDay() + 6) % 7;
  return struct_time.make([year, mon, mday, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), wday, yday(year, mon, mday), isdst], {
    tm_zone: zone,
    tm_gmtoff: gmtoff,
  });
}

export function gmtime(secs?: unknown): struct_time {
  return fromUTCDate(new Date(whole(secs) * 1000), 0, "GMT", 0);
}

/** The local zone's abbreviation at `d`, as libc names it where Intl can tell ("UTC", "CET"). */
export function zoneName(d: Date): string {
  // One formatter for the process: making one costs far more than using it (localtime() and
  // every logging record with %Z ask for a zone name).
  zoneFormat ??= new Intl.DateTimeFormat("en-US", { timeZoneName: "short" });
  const part = zoneFormat.formatToParts(d).find((p) => p.type === "timeZoneName");
  return part?.value ?? "UTC";
}
let zoneFormat: Intl.DateTimeFormat | undefined;

function standardOffsetMinutes(year: number): number {
  return Math.max(new Date(year, 0, 1).getTimezoneOffset(), new Date(year, 6, 1).getTimezoneOffset());
}

export function localtime(secs?: unknown): struct_time {
  const d = new Date(whole(secs) * 1000);
  const offsetMin = -d.getTimezoneOffset();
  const isdst = -offsetMin < standardOffsetMinutes(d.getFullYear()) ? 1 : 0;
  return fromUTCDate(new Date(d.getTime() + offsetMin * 60000), isdst, zoneName(d), offsetMin * 60);
}

/** A struct_time or 9-tuple as numbers, with CPython's checks (checktm, gettmarg). */
export function tupleArg(t: unknown, fn: string): number[] {
  if (t instanceof struct_time) return [...t].map(Number);
  if (!Array.isArray(t)) throw new TypeError(`Tuple or struct_time argument required`);
  if (t.length !== 9) throw new TypeError(`${fn}(): illegal time tuple argument`);
  return t.map((v) => {
    if (typeof v === "number" && Number.isInteger(v)) return v;
    if (typeof v === "boolean" || typeof v === "bigint") return Number(v);
    throw new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  });
}

/** CPython's checktm for strftime/asctime: each field in range, with its message. */
export function checkFields(tm: number[]): void {
  const [, mon, mday, hour, min, sec, wday, ydayValue] = tm as [number, number, number, number, number, number, number, number];
  if (mon < 1 || mon > 12) throw new ValueError("month out of range");
  if (mday < 1 || mday > 31) throw new ValueError("day of month out of range");
  if (hour < 0 || hour > 23) throw new ValueError("hour out of range");
  if (min < 0 || min > 59) throw new ValueError("minute out of range");
  if (sec < 0 || sec > 61) throw new ValueError("seconds out of range");
  if (wday < 0) throw new ValueError("day of week out of range");
  if (ydayValue < 1 || ydayValue > 366) throw new ValueError("day of year out of range");
}

/** A tuple's values as CPython's gettmarg normalizes them for strftime (month 0 → 1, …). */
export function normalizedForFormat(tm: number[]): number[] {
  const out = [...tm];
  if (out[1] === 0) out[1] = 1;
  if (out[2] === 0) out[2] = 1;
  if (out[7] === 0) out[7] = 1;
  out[6] = ((out[6]! % 7) + 7) % 7;
  return out;
}

function asctimeOf(tm: number[]): string {
  const [year, mon, mday, hour, min, sec, wday] = tm as [number, number, number, number, number, number, number];
  const two = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[wday]} ${MONTHS[mon - 1]} ${String(mday).padStart(2, " ")} ${two(hour)}:${two(min)}:${two(sec)} ${year}`;
}

export function asctime(t?: unknown): string {
  const tm = t === undefined || t === null ? [...localtime()].map(Number) : tupleArg(t, "asctime");
  checkFields(tm);
  return asctimeOf(normalizedForFormat(tm));
}

export function ctime(secs?: unknown): string {
  return asctimeOf([...localtime(secs)].map(Number));
}

export function mktime(t: unknown): PyFloat {
  const [year, mon, mday, hour, min, sec] = tupleArg(t, "mktime") as [number, number, number, number, number, number];
  const d = new Date(year, mon - 1, mday, hour, min, sec);
  if (Number.isNaN(d.getTime())) throw new OverflowError("mktime argument out of range");
  return new PyFloat(d.getTime() / 1000);
}

export { DAYS, MONTHS };
