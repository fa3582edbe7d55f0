// datetime.datetime: a date and a time of day, naive or aware; local time (now, naive
// timestamps) comes from the JS Date of the running machine, as CPython's from the C library.
import { OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/compare.js";
import { PyFloat } from "../builtins/float.js";
import { PyTuple } from "../builtins/tuple.js";
import { Kwargs, bindArguments, signatureFromText } from "../builtins/call.js";
import { repr, strRepr } from "../builtins/repr.js";
import { typeName } from "../builtins/typename.js";
import { MAX_ORDINAL, checkDateFields, checkTimeFields, daysBeforeMonth, intArg, ordToYmd, roundHalfEven, ymdToOrd } from "./calendar.js";
import { date, formatArg, parseIsoDate } from "./date.js";
import { formatTime, offsetTz, parseIsoTime, time } from "./time.js";
import { timedelta } from "./timedelta.js";
import { strftime } from "./strftime.js";
import { checkTzinfo, formatOffset, offsetOf, timezone, tznameOf, type tzinfo } from "./tz.js";

const sig = signatureFromText("datetime(year, month, day, hour=, minute=, second=, microsecond=, tzinfo=, *, fold=)");
const replaceSig = signatureFromText(
  "replace(year=, month=, day=, hour=, minute=, second=, microsecond=, tzinfo=, *, fold=)",
);
const isoSig = signatureFromText("isoformat(sep=, timespec=)");
const tzSig = signatureFromText("now(tz=)");
const fromtsSig = signatureFromText("fromtimestamp(t, tz=)");
const combineSig = signatureFromText("combine(date, time, tzinfo=)");

const US_PER_DAY = 86_400_000_000n;
const EPOCH_ORDINAL = 719163n; // date(1970, 1, 1).toordinal()

function timestampUs(t: unknown): bigint {
  if (t instanceof PyFloat || (typeof t === "number" && !Number.isInteger(t))) {
    const v = Number(t.valueOf());
    if (!Number.isFinite(v)) throw new ValueError("cannot convert float NaN to integer");
    const secs = Math.floor(v);
    return BigInt(secs) * 1_000_000n + BigInt(roundHalfEven((v - secs) * 1e6));
  }
  if (typeof t === "number" || typeof t === "bigint" || typeof t === "boolean") return BigInt(t as never) * 1_000_000n;
  throw new TypeError(`'${typeName(t)}' object cannot be interpreted as an integer`);
}

/** Local UTC offset (µs) at a UTC instant, from the JS Date of this machine. */
function localOffsetAt(utcUs: bigint): bigint {
  const ms = Number(utcUs / 1000n);
  return BigInt(-new Date(ms).getTimezoneOffset()) * 60_000_000n;
}

export class datetime extends date {
  static override readonly __name__: string = "datetime";
  declare static min: datetime;
  declare static max: datetime;
  declare static resolution: timedelta;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: tzinfo | null;
  readonly fold: number;
  readonly _isDatetime = true;

  constructor(...args: unknown[]) {
    const [y, mo, d, h, mi, s, us, tz, fold] = bindArguments(sig, args);
    const ymd = [y, mo, d].map(intArg) as [number, number, number];
    checkDateFields(...ymd);
    super(...ymd);
    const ints = [h ?? 0, mi ?? 0, s ?? 0, us ?? 0, fold ?? 0].map(intArg) as [number, number, number, number, number];
    checkTimeFields(...ints);
    [this.hour, this.minute, this.second, this.microsecond, this.fold] = ints;
    this.tzinfo = checkTzinfo(tz);
  }
  override get __pytype__(): string {
    return "datetime.datetime";
  }

  /** µs since 0001-01-01T00:00 of the wall-clock fields (offset ignored). */
  _wallUs(): bigint {
    const secs = ((this.hour * 60 + this.minute) * 60 + this.second) * 1_000_000 + this.microsecond;
    return BigInt(this.toordinal() - 1) * US_PER_DAY + BigInt(secs);
  }
  static _fromWallUs(us: bigint, tz: unknown): datetime {
    const days = us / US_PER_DAY - (us % US_PER_DAY < 0n ? 1n : 0n);
    const ord = Number(days) + 1;
    if (ord < 1 || ord > MAX_ORDINAL) throw new OverflowError("date value out of range");
    let rest = Number(us - days * US_PER_DAY);
    const micro = rest % 1_000_000;
    rest = Math.floor(rest / 1_000_000);
    return new datetime(...ordToYmd(ord), Math.floor(rest / 3600), Math.floor(rest / 60) % 60, rest % 60, micro, tz ?? null);
  }
  static _fromUnixUs(unixUs: bigint, tz: unknown): datetime {
    const wall = unixUs + EPOCH_ORDINAL * US_PER_DAY - US_PER_DAY;
    if (tz === null || tz === undefined) return datetime._fromWallUs(wall + localOffsetAt(unixUs), null);
    const utc = datetime._fromWallUs(wall, tz);
    const off = offsetOf(tz, utc);
    return off === null ? utc : datetime._fromWallUs(wall + off._us(), tz);
  }
  /** Unix µs of this datetime (naive ones read as local time). */
  _unixUs(): bigint {
    const wall = this._wallUs() - (EPOCH_ORDINAL - 1n) * US_PER_DAY;
    const off = this.utcoffset();
    if (off !== null) return wall - off._us();
    // Local: the offset at the instant, found as mktime does by one correction step.
    let guess = wall - localOffsetAt(wall);
    guess = wall - localOffsetAt(guess);
    return guess;
  }

  static now(...args: unknown[]): datetime {
    const [tz] = bindArguments(tzSig, args);
    const us = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000));
    return datetime._fromUnixUs(us, checkTzinfo(tz));
  }
  static override today(): datetime {
    return datetime.now();
  }
  static utcnow(): datetime {
    return datetime.now(timezone.utc).replace(new Kwargs({ tzinfo: null }));
  }
  static fromtimestamp(...args: unknown[]): datetime {
    const [t, tz] = bindArguments(fromtsSig, args);
    return datetime._fromUnixUs(timestampUs(t), checkTzinfo(tz));
  }
  static utcfromtimestamp(t: unknown): datetime {
    return datetime._fromWallUs(timestampUs(t) + (EPOCH_ORDINAL - 1n) * US_PER_DAY, null);
  }
  static combine(...args: unknown[]): datetime {
    const [d, t, tz] = bindArguments(combineSig, args);
    if (!(d instanceof date)) throw new TypeError(`combine() argument 1 must be datetime.date, not ${typeName(d)}`);
    if (!(t instanceof time)) throw new TypeError(`combine() argument 2 must be datetime.time, not ${typeName(t)}`);
    return new datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tz === undefined ? t.tzinfo : tz);
  }
  static override fromisoformat(s: unknown): datetime {
    if (typeof s !== "string") throw new TypeError("fromisoformat: argument must be str");
    const bad = (): never => {
      throw new ValueError(`Invalid isoformat string: ${strRepr(s)}`);
    };
    const dateLen = s.length >= 10 && s[4] === "-" ? 10 : 8;
    const ymd = parseIsoDate(s.slice(0, Math.min(dateLen, s.length))) ?? bad();
    if (s.length === dateLen) return new datetime(...ymd);
    const t = parseIsoTime(s.slice(dateLen + 1)) ?? bad();
    return new datetime(...ymd, ...t.fields, offsetTz(t.offsetUs));
  }
  static override fromordinal(n: unknown): datetime {
    const d = date.fromordinal(n);
    return new datetime(d.year, d.month, d.day);
  }
  static strptime(s: unknown, format: unknown): datetime {
    return strptimeHook(s, format);
  }

  date(): date {
    return new date(this.year, this.month, this.day);
  }
  time(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond, null, new Kwargs({ fold: this.fold }));
  }
  timetz(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond, this.tzinfo, new Kwargs({ fold: this.fold }));
  }
  utcoffset(): timedelta | null {
    return offsetOf(this.tzinfo, this);
  }
  tzname(): string | null {
    return tznameOf(this.tzinfo, this);
  }
  dst(): timedelta | null {
    return this.tzinfo === null ? null : (this.tzinfo.dst(this) ?? null);
  }
  override replace(...args: unknown[]): datetime {
    const [y, mo, d, h, mi, s, us, tz, fold] = bindArguments(replaceSig, args);
    return new datetime(y ?? this.year, mo ?? this.month, d ?? this.day, h ?? this.hour, mi ?? this.minute,
      s ?? this.second, us ?? this.microsecond, tz === undefined ? this.tzinfo : tz, new Kwargs({ fold: fold ?? this.fold }));
  }
  timestamp(): PyFloat {
    return new PyFloat(Number(this._unixUs()) / 1e6);
  }
  astimezone(tz?: unknown): datetime {
    const unix = this._unixUs();
    if (tz === undefined || tz === null) {
      const off = localOffsetAt(unix);
      const local = new timezone(new timedelta(0, 0, off), localZoneName(unix));
      return datetime._fromUnixUs(unix, local);
    }
    return datetime._fromUnixUs(unix, checkTzinfo(tz));
  }
  override isoformat(...args: unknown[]): string {
    const [sep, spec] = bindArguments(isoSig, args);
    if (sep !== undefined && (typeof sep !== "string" || [...sep].length !== 1)) {
      throw new TypeError(`isoformat() argument 1 must be a unicode character, not ${typeName(sep)}`);
    }
    return super.isoformat() + (sep ?? "T") + formatTime(this.hour, this.minute, this.second, this.microsecond, spec) +
      formatOffset(this.utcoffset(), ":");
  }
  override __str__(): string {
    return this.isoformat(" ");
  }
  override __repr__(): string {
    const fields = [this.year, this.month, this.day, this.hour, this.minute, this.second, this.microsecond];
    if (fields[6] === 0) fields.pop();
    if (fields[5] === 0 && fields.length === 6) fields.pop();
    let r = `datetime.datetime(${fields.join(", ")}`;
    if (this.tzinfo !== null) r += `, tzinfo=${repr(this.tzinfo)}`;
    if (this.fold) r += ", fold=1";
    return r + ")";
  }
  override ctime(): string {
    return this.strftime("%c");
  }
  override strftime(fmt: unknown): string {
    return strftime(formatArg(fmt), {
      year: this.year, month: this.month, day: this.day, hour: this.hour, minute: this.minute, second: this.second,
      microsecond: this.microsecond, utcoffset: formatOffset(this.utcoffset(), ""), tzname: this.tzname() ?? "",
    });
  }
  override timetuple(): PyTuple {
    const yday = daysBeforeMonth(this.year, this.month) + this.day;
    return PyTuple.of(this.year, this.month, this.day, this.hour, this.minute, this.second, this.weekday(), yday, -1);
  }

  override __add__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    return datetime._fromWallUs(this._wallUs() + o._us(), this.tzinfo);
  }
  override __sub__(o: unknown): unknown {
    if (o instanceof timedelta) return datetime._fromWallUs(this._wallUs() - o._us(), this.tzinfo);
    if (!(o instanceof datetime)) return NotImplemented;
    const a = this.utcoffset();
    const b = o.utcoffset();
    if (this.tzinfo === o.tzinfo) return timedelta.fromMicroseconds(this._wallUs() - o._wallUs());
    if ((a === null) !== (b === null)) throw new TypeError("can't subtract offset-naive and offset-aware datetimes");
    return timedelta.fromMicroseconds(this._wallUs() - (a?._us() ?? 0n) - (o._wallUs() - (b?._us() ?? 0n)));
  }

  override _cmp(o: unknown, op: string): number | undefined {
    if (!(o instanceof date)) return undefined;
    if (!(o instanceof datetime)) {
      if (op === "==" || op === "!=") return 2;
      throw new TypeError("can't compare datetime.datetime to datetime.date");
    }
    let a = this._wallUs();
    let b = o._wallUs();
    if (this.tzinfo !== o.tzinfo) {
      const oa = this.utcoffset();
      const ob = o.utcoffset();
      if ((oa === null) !== (ob === null)) {
        if (op === "==" || op === "!=") return 2;
        throw new TypeError("can't compare offset-naive and offset-aware datetimes");
      }
      a -= oa?._us() ?? 0n;
      b -= ob?._us() ?? 0n;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  override __pykey__(): string {
    const off = this.utcoffset();
    return "\0datetime" + (this._wallUs() - (off?._us() ?? 0n)).toString();
  }
}

function localZoneName(unixMs: bigint): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(new Date(Number(unixMs / 1000n)));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? "UTC";
}

// strptime lives in its own module, which needs datetime: it registers itself here.
let strptimeHook: (s: unknown, format: unknown) => datetime = () => {
  throw new ValueError("strptime is not loaded");
};
export function setStrptime(fn: (s: unknown, format: unknown) => datetime): void {
  strptimeHook = fn;
}

datetime.min = new datetime(1, 1, 1);
datetime.max = new datetime(9999, 12, 31, 23, 59, 59, 999999);
datetime.resolution = new timedelta(0, 0, 1);
