// datetime.date: a proleptic Gregorian date, with CPython's str/repr, arithmetic with
// timedelta, ISO formats and strftime.
import { OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/compare.js";
import { PyTuple } from "../builtins/tuple.js";
import { getitem } from "../builtins/items.js";
import { bindArguments, signatureFromText } from "../builtins/call.js";
import { strRepr } from "../builtins/repr.js";
import { typeName } from "../builtins/typename.js";
import {
  MAX_ORDINAL, checkDateFields, daysBeforeMonth, intArg, isoCalendar, isoWeek1Monday, ordToYmd, pad, weekdayOf, ymdToOrd,
} from "./calendar.js";
import { timedelta } from "./timedelta.js";
import { DAY_NAMES, MONTH_NAMES, strftime } from "./strftime.js";

const sig = signatureFromText("date(year, month, day)");
const replaceSig = signatureFromText("replace(year=, month=, day=)");

export function formatArg(fmt: unknown, method = "strftime"): string {
  if (typeof fmt !== "string") throw new TypeError(`${method}() argument 1 must be str, not ${typeName(fmt)}`);
  return fmt;
}

export class date {
  static readonly __module__ = "datetime";
  static readonly __name__: string = "date";
  declare static min: date;
  declare static max: date;
  declare static resolution: timedelta;
  readonly year: number;
  readonly month: number;
  readonly day: number;

  constructor(...args: unknown[]) {
    const [y, m, d] = bindArguments(sig, args).map(intArg) as [number, number, number];
    checkDateFields(y, m, d);
    this.year = y;
    this.month = m;
    this.day = d;
  }

  get __pytype__(): string {
    return "datetime.date";
  }

  static today(): date {
    const now = new Date();
    return new date(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  static fromordinal(n: unknown): date {
    const o = intArg(n);
    if (o < 1 || o > MAX_ORDINAL) throw new ValueError(`ordinal must be >= 1`);
    return new date(...ordToYmd(o));
  }
  static fromisoformat(s: unknown): date {
    if (typeof s !== "string") throw new TypeError("fromisoformat: argument must be str");
    const ymd = parseIsoDate(s);
    if (!ymd) throw new ValueError(`Invalid isoformat string: ${strRepr(s)}`);
    return new date(...ymd);
  }
  static fromisocalendar(year: unknown, week: unknown, day: unknown): date {
    const [y, w, d] = [intArg(year), intArg(week), intArg(day)];
    if (w < 1 || w > 53) throw new ValueError(`Invalid week: ${w}`);
    if (d < 1 || d > 7) throw new ValueError(`Invalid weekday: ${d} (range is [1, 7])`);
    return date.fromordinal(isoWeek1Monday(y) + (w - 1) * 7 + (d - 1));
  }

  toordinal(): number {
    return ymdToOrd(this.year, this.month, this.day);
  }
  weekday(): number {
    return weekdayOf(this.toordinal());
  }
  isoweekday(): number {
    return this.weekday() + 1;
  }
  isocalendar(): IsoCalendarDate {
    return new IsoCalendarDate(...isoCalendar(this.year, this.toordinal()));
  }
  replace(...args: unknown[]): date {
    const [y, m, d] = bindArguments(replaceSig, args);
    return new date(y ?? this.year, m ?? this.month, d ?? this.day);
  }
  isoformat(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }
  __str__(): string {
    return this.isoformat();
  }
  toString(): string {
    return this.__str__();
  }
  __repr__(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }
  ctime(): string {
    const wd = DAY_NAMES[this.weekday()]!.slice(0, 3);
    return `${wd} ${MONTH_NAMES[this.month - 1]!.slice(0, 3)} ${String(this.day).padStart(2, " ")} 00:00:00 ${pad(this.year, 4)}`;
  }
  strftime(fmt: unknown): string {
    return strftime(formatArg(fmt), {
      year: this.year, month: this.month, day: this.day, hour: 0, minute: 0, second: 0, microsecond: 0,
      utcoffset: "", tzname: "",
    });
  }
  __format__(spec: unknown): string {
    const s = formatArg(spec, "__format__");
    return s === "" ? String(this) : (this as { strftime(f: string): string }).strftime(s);
  }
  timetuple(): PyTuple {
    const yday = daysBeforeMonth(this.year, this.month) + this.day;
    return PyTuple.of(this.year, this.month, this.day, 0, 0, 0, this.weekday(), yday, -1);
  }

  __add__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    const ord = this.toordinal() + o.days;
    if (ord < 1 || ord > MAX_ORDINAL) throw new OverflowError("date value out of range");
    return new date(...ordToYmd(ord));
  }
  __radd__(o: unknown): unknown {
    return this.__add__(o);
  }
  __sub__(o: unknown): unknown {
    if (o instanceof timedelta) return this.__add__(new timedelta(-o.days));
    if (o instanceof date && !isDatetime(o)) return new timedelta(this.toordinal() - o.toordinal());
    return NotImplemented;
  }

  /** Comparison key, or undefined when `o` is not comparable with this date. */
  _cmp(o: unknown, op: string): number | undefined {
    if (!(o instanceof date)) return undefined;
    if (isDatetime(o)) {
      if (op === "==" || op === "!=") return 2; // never equal
      throw new TypeError(`can't compare datetime.datetime to datetime.date`);
    }
    return this.toordinal() - o.toordinal();
  }
  __eq__(o: unknown): unknown {
    const c = this._cmp(o, "==");
    return c === undefined ? NotImplemented : c === 0;
  }
  __ne__(o: unknown): unknown {
    const c = this._cmp(o, "!=");
    return c === undefined ? NotImplemented : c !== 0;
  }
  __lt__(o: unknown): unknown {
    const c = this._cmp(o, "<");
    return c === undefined ? NotImplemented : c < 0;
  }
  __le__(o: unknown): unknown {
    const c = this._cmp(o, "<=");
    return c === undefined ? NotImplemented : c <= 0;
  }
  __gt__(o: unknown): unknown {
    const c = this._cmp(o, ">");
    return c === undefined ? NotImplemented : c > 0;
  }
  __ge__(o: unknown): unknown {
    const c = this._cmp(o, ">=");
    return c === undefined ? NotImplemented : c >= 0;
  }
  __pykey__(): string {
    return "\0date" + this.toordinal();
  }
}

/** date.isocalendar()'s named tuple: indexable, iterable, with named fields. */
export class IsoCalendarDate {
  static readonly __name__: string = "IsoCalendarDate";
  static readonly __module__ = "datetime";
  constructor(readonly year: number, readonly week: number, readonly weekday: number) {}
  *[Symbol.iterator](): Generator<number> {
    yield this.year;
    yield this.week;
    yield this.weekday;
  }
  __len__(): number {
    return 3;
  }
  __getitem__(i: unknown): unknown {
    return getitem(PyTuple.of(this.year, this.week, this.weekday), i);
  }
  __eq__(o: unknown): unknown {
    const t = o instanceof IsoCalendarDate ? [...o] : o instanceof PyTuple ? [...o] : undefined;
    return t === undefined ? NotImplemented : t.length === 3 && t[0] === this.year && t[1] === this.week && t[2] === this.weekday;
  }
  __repr__(): string {
    return `datetime.IsoCalendarDate(year=${this.year}, week=${this.week}, weekday=${this.weekday})`;
  }
}

export function isDatetime(o: unknown): boolean {
  return (o as { _isDatetime?: boolean } | null)?._isDatetime === true;
}

/** YYYY-MM-DD or YYYYMMDD (3.11 also takes ISO week dates: YYYY-Www-D). */
export function parseIsoDate(s: string): [number, number, number] | undefined {
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s);
  if (m && (s.length === 10 ? s[4] === "-" && s[7] === "-" : s.length === 8)) return [+m[1]!, +m[2]!, +m[3]!];
  m = /^(\d{4})-?W(\d{2})-?(\d)?$/.exec(s);
  if (m) {
    const d = date.fromisocalendar(+m[1]!, +m[2]!, m[3] === undefined ? 1 : +m[3]);
    return [d.year, d.month, d.day];
  }
  return undefined;
}

date.min = new date(1, 1, 1);
date.max = new date(9999, 12, 31);
date.resolution = new timedelta(1);
