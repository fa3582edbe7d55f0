// datetime.time: a time of day, naive or with a tzinfo.
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/compare.js";
import { Kwargs, bindArguments, signatureFromText } from "../builtins/call.js";
import { repr, strRepr } from "../builtins/repr.js";
import { checkTimeFields, intArg, pad } from "./calendar.js";
import { formatArg } from "./date.js";
import { strftime } from "./strftime.js";
import { checkTzinfo, formatOffset, offsetOf, timezone, tznameOf, type tzinfo } from "./tz.js";
import { timedelta } from "./timedelta.js";

const sig = signatureFromText("time(hour=, minute=, second=, microsecond=, tzinfo=, *, fold=)");
const replaceSig = signatureFromText("replace(hour=, minute=, second=, microsecond=, tzinfo=, *, fold=)");
const isoSig = signatureFromText("isoformat(timespec=)");

/** HH:MM:SS[.ffffff] per timespec, as CPython's _format_time. */
export function formatTime(h: number, m: number, s: number, us: number, timespec: unknown): string {
  const spec = timespec ?? "auto";
  switch (spec) {
    case "auto":
      return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}` + (us ? "." + pad(us, 6) : "");
    case "hours":
      return pad(h, 2);
    case "minutes":
      return `${pad(h, 2)}:${pad(m, 2)}`;
    case "seconds":
      return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}`;
    case "milliseconds":
      return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(Math.floor(us / 1000), 3)}`;
    case "microseconds":
      return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(us, 6)}`;
    default:
      if (typeof spec !== "string") throw new TypeError(`isoformat() argument 'timespec' must be str, not ${repr(spec)}`);
      throw new ValueError("Unknown timespec value");
  }
}

/** Parses HH[:MM[:SS[.fff[fff]]]] with an optional UTC offset; undefined when malformed. */
export function parseIsoTime(s: string): { fields: number[]; offsetUs: bigint | null } | undefined {
  const m =
    /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6}))?)?)?(?:(Z)|([+-])(\d{2}):?(\d{2})(?::?(\d{2})(?:\.(\d{6}))?)?)?$/.exec(s);
  if (!m) return undefined;
  const frac = m[4] ? Number(m[4].padEnd(6, "0")) : 0;
  const fields = [+m[1]!, +(m[2] ?? 0), +(m[3] ?? 0), frac];
  let offsetUs: bigint | null = null;
  if (m[5]) offsetUs = 0n;
  else if (m[6]) {
    const abs = ((BigInt(m[7]!) * 60n + BigInt(m[8]!)) * 60n + BigInt(m[9] ?? 0)) * 1_000_000n + BigInt(m[10] ?? 0);
    offsetUs = m[6] === "-" ? -abs : abs;
  }
  return { fields, offsetUs };
}

export class time {
  static readonly __module__ = "datetime";
  static readonly __name__ = "time";
  declare static min: time;
  declare static max: time;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: tzinfo | null;
  readonly fold: number;

  constructor(...args: unknown[]) {
    const [h, m, s, us, tz, fold] = bindArguments(sig, args);
    const ints = [h ?? 0, m ?? 0, s ?? 0, us ?? 0, fold ?? 0].map(intArg) as [number, number, number, number, number];
    checkTimeFields(...ints);
    [this.hour, this.minute, this.second, this.microsecond, this.fold] = ints;
    this.tzinfo = checkTzinfo(tz);
  }
  get __pytype__(): string {
    return "datetime.time";
  }
  static fromisoformat(s: unknown): time {
    if (typeof s !== "string") throw new TypeError("fromisoformat: argument must be str");
    const parsed = parseIsoTime(s);
    if (!parsed) throw new ValueError(`Invalid isoformat string: ${strRepr(s)}`);
    return new time(...parsed.fields, offsetTz(parsed.offsetUs));
  }

  utcoffset(): timedelta | null {
    return offsetOf(this.tzinfo, null);
  }
  tzname(): string | null {
    return tznameOf(this.tzinfo, null);
  }
  replace(...args: unknown[]): time {
    const [h, m, s, us, tz, fold] = bindArguments(replaceSig, args);
    return new time(h ?? this.hour, m ?? this.minute, s ?? this.second, us ?? this.microsecond,
      tz === undefined ? this.tzinfo : tz, new Kwargs({ fold: fold ?? this.fold }));
  }
  isoformat(...args: unknown[]): string {
    const [spec] = bindArguments(isoSig, args);
    return formatTime(this.hour, this.minute, this.second, this.microsecond, spec) + formatOffset(this.utcoffset(), ":");
  }
  __str__(): string {
    return this.isoformat();
  }
  toString(): string {
    return this.__str__();
  }
  __repr__(): string {
    let s = "";
    if (this.microsecond) s = `, ${this.second}, ${this.microsecond}`;
    else if (this.second) s = `, ${this.second}`;
    let r = `datetime.time(${this.hour}, ${this.minute}${s}`;
    if (this.tzinfo !== null) r += `, tzinfo=${repr(this.tzinfo)}`;
    if (this.fold) r += ", fold=1";
    return r + ")";
  }
  strftime(fmt: unknown): string {
    return strftime(formatArg(fmt), {
      year: 1900, month: 1, day: 1, hour: this.hour, minute: this.minute, second: this.second,
      microsecond: this.microsecond, utcoffset: formatOffset(this.utcoffset(), ""), tzname: this.tzname() ?? "",
    });
  }
  __format__(spec: unknown): string {
    const s = formatArg(spec, "__format__");
    return s === "" ? this.__str__() : this.strftime(s);
  }
  __bool__(): boolean {
    return true;
  }

  private key(): bigint {
    const us = BigInt(((this.hour * 60 + this.minute) * 60 + this.second) * 1_000_000 + this.microsecond);
    const off = this.utcoffset();
    return off === null ? us : us - off._us();
  }
  private cmp(o: unknown, op: string): number | undefined {
    if (!(o instanceof time)) return undefined;
    if ((this.utcoffset() === null) !== (o.utcoffset() === null)) {
      if (op === "==" || op === "!=") return 2;
      throw new TypeError("can't compare offset-naive and offset-aware times");
    }
    const a = this.key();
    const b = o.key();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  __eq__(o: unknown): unknown {
    const c = this.cmp(o, "==");
    return c === undefined ? NotImplemented : c === 0;
  }
  __ne__(o: unknown): unknown {
    const c = this.cmp(o, "!=");
    return c === undefined ? NotImplemented : c !== 0;
  }
  __lt__(o: unknown): unknown {
    const c = this.cmp(o, "<");
    return c === undefined ? NotImplemented : c < 0;
  }
  __le__(o: unknown): unknown {
    const c = this.cmp(o, "<=");
    return c === undefined ? NotImplemented : c <= 0;
  }
  __gt__(o: unknown): unknown {
    const c = this.cmp(o, ">");
    return c === undefined ? NotImplemented : c > 0;
  }
  __ge__(o: unknown): unknown {
    const c = this.cmp(o, ">=");
    return c === undefined ? NotImplemented : c >= 0;
  }
  __pykey__(): string {
    return "\0time" + this.key().toString();
  }
}

export function offsetTz(offsetUs: bigint | null): timezone | null {
  if (offsetUs === null) return null;
  return offsetUs === 0n ? timezone.utc : new timezone(new timedelta(0, 0, offsetUs));
}

time.min = new time(0, 0);
time.max = new time(23, 59, 59, 999999);
