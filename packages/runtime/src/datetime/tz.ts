// datetime.tzinfo (the abstract base users subclass) and datetime.timezone (fixed offsets).
import { NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/compare.js";
import { bindArguments, signatureFromText } from "../builtins/call.js";
import { strRepr } from "../builtins/repr.js";
import { typeName } from "../builtins/typename.js";
import { timedelta } from "./timedelta.js";
import { pad } from "./calendar.js";

export class tzinfo {
  static readonly __module__ = "datetime";
  toString(): string {
    const s = (this as { __str__?: () => string }).__str__;
    return s ? s.call(this) : Object.prototype.toString.call(this);
  }
  static readonly __name__: string = "tzinfo";
  utcoffset(_dt: unknown): timedelta | null {
    throw new NotImplementedError("tzinfo subclass must override utcoffset()");
  }
  dst(_dt: unknown): timedelta | null {
    throw new NotImplementedError("tzinfo subclass must override dst()");
  }
  tzname(_dt: unknown): string | null {
    throw new NotImplementedError("tzinfo subclass must override tzname()");
  }
}

/** "+HH:MM[:SS[.ffffff]]" (sep ":") or "+HHMM[SS[.ffffff]]" (sep ""). */
export function formatOffset(off: timedelta | null, sep: string): string {
  if (off === null) return "";
  let us = off._us();
  const sign = us < 0n ? "-" : "+";
  if (us < 0n) us = -us;
  const micro = Number(us % 1_000_000n);
  const secs = Number(us / 1_000_000n);
  const hh = Math.floor(secs / 3600);
  const mm = Math.floor((secs % 3600) / 60);
  const ss = secs % 60;
  let s = `${sign}${pad(hh, 2)}${sep}${pad(mm, 2)}`;
  if (ss || micro) s += sep + pad(ss, 2);
  if (micro) s += "." + pad(micro, 6);
  return s;
}

const sig = signatureFromText("timezone(offset, name=)");
const DAY = 86_400_000_000n;

export class timezone extends tzinfo {
  static override readonly __name__: string = "timezone";
  declare static utc: timezone;
  readonly _offset: timedelta;
  readonly _name: string | null;

  constructor(...args: unknown[]) {
    super();
    const [offset, name] = bindArguments(sig, args);
    if (!(offset instanceof timedelta)) {
      throw new TypeError(`timezone() argument 1 must be datetime.timedelta, not ${typeName(offset)}`);
    }
    if (name !== undefined && typeof name !== "string") {
      throw new TypeError(`timezone() argument 2 must be str, not ${typeName(name)}`);
    }
    const us = offset._us();
    if (us <= -DAY || us >= DAY) {
      throw new ValueError(
        `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${offset.__repr__()}.`,
      );
    }
    this._offset = offset;
    this._name = name ?? null;
  }

  override utcoffset(_dt: unknown): timedelta {
    return this._offset;
  }
  override dst(_dt: unknown): null {
    return null;
  }
  override tzname(_dt: unknown): string {
    if (this._name !== null) return this._name;
    if (this._offset._us() === 0n) return "UTC";
    return "UTC" + formatOffset(this._offset, ":");
  }
  __str__(): string {
    return this.tzname(null);
  }
  __repr__(): string {
    if (this === timezone.utc) return "datetime.timezone.utc";
    const name = this._name === null ? "" : `, ${strRepr(this._name)}`;
    return `datetime.timezone(${this._offset.__repr__()}${name})`;
  }
  get __pytype__(): string {
    return "datetime.timezone";
  }
  __eq__(o: unknown): unknown {
    if (!(o instanceof timezone)) return NotImplemented;
    return this._offset._us() === o._offset._us();
  }
  __pykey__(): string {
    return "\0timezone" + this._offset._us().toString();
  }
}

timezone.utc = new timezone(new timedelta(0));

/** tz.utcoffset(dt), checked as CPython checks it. */
export function offsetOf(tz: unknown, dt: unknown): timedelta | null {
  if (tz === null || tz === undefined) return null;
  const off = (tz as tzinfo).utcoffset(dt);
  if (off === null || off === undefined) return null;
  if (!(off instanceof timedelta)) {
    throw new TypeError(`tzinfo.utcoffset() must return None or timedelta, not '${typeName(off)}'`);
  }
  return off;
}

export function tznameOf(tz: unknown, dt: unknown): string | null {
  if (tz === null || tz === undefined) return null;
  const n = (tz as tzinfo).tzname(dt);
  return n ?? null;
}

export function checkTzinfo(tz: unknown): tzinfo | null {
  if (tz === null || tz === undefined) return null;
  if (!(tz instanceof tzinfo)) {
    throw new TypeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeName(tz)}'`);
  }
  return tz;
}
