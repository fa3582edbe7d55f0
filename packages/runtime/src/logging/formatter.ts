// logging.Formatter with its three styles ('%', '{', '$'), CPython's default formats and its
// validation message; exceptions are rendered as the runtime renders an uncaught one.
import { zoneName } from "../time/struct.js";
import { ValueError, KeyError } from "../builtins/exceptions.js";
import { bindArguments, signatureFromText } from "../builtins/call.js";
import { percentFormat } from "../builtins/percent.js";
import { strFormat } from "../builtins/strformat.js";
import { getitem } from "../builtins/items.js";
import { PyTuple } from "../builtins/tuple.js";
import { str } from "../builtins/repr.js";
import { toPyException } from "../builtins/exception-format.js";
import { strftime } from "../datetime/strftime.js";
import { pad } from "../datetime/calendar.js";
import type { LogRecord } from "./record.js";
import { formatException } from "../traceback-format.js";

const sig = signatureFromText("Formatter(fmt=, datefmt=, style=, validate=, *, defaults=)");
const STYLES: Record<string, { default: string; asctime: string; test: RegExp }> = {
  "%": { default: "%(message)s", asctime: "%(asctime)", test: /%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]/i },
  "{": { default: "{message}", asctime: "{asctime", test: /\{[^{}]*\}/ },
  $: { default: "${message}", asctime: "${asctime}", test: /\$(\w+|\{\w+\})/ },
};

/** The traceback text of an exception (or of sys.exc_info()'s tuple), as the runtime prints an
 *  uncaught one, chain included, without the last newline. Python 3.11's traceback module adds
 *  no "Did you mean" hint. No exception (exc_info=True outside an except block) is "NoneType: None". */
export function formatExceptionText(exc: unknown): string {
  const value = exc instanceof PyTuple ? exc[1] : exc;
  if (value === null || value === undefined) return "NoneType: None";
  // Formatted where it is logged: the traceback starts at the frame handling it.
  return formatException(toPyException(value), { suggestions: false, caughtAt: new Error() }).replace(/\n$/, "");
}

export class Formatter {
  static readonly __module__ = "logging";
  static readonly __name__ = "Formatter";
  default_time_format = "%Y-%m-%d %H:%M:%S";
  default_msec_format: string | null = "%s,%03d";
  _fmt: string;
  _style: string;
  datefmt: string | null;

  constructor(...args: unknown[]) {
    const [fmt, datefmt, style, validate] = bindArguments(sig, args);
    const st = (style ?? "%") as string;
    const info = STYLES[st];
    if (!info) throw new ValueError(`Style must be one of: ${Object.keys(STYLES).join(",")}`);
    this._style = st;
    this._fmt = (fmt ?? info.default) as string;
    this.datefmt = (datefmt ?? null) as string | null;
    if (validate !== false && !info.test.test(this._fmt)) {
      if (st === "%") throw new ValueError(`Invalid format '${this._fmt}' for '${st}' style`);
      throw new ValueError("invalid format: no fields");
    }
  }

  usesTime(): boolean {
    return this._fmt.includes(STYLES[this._style]!.asctime);
  }

  formatTime(record: LogRecord, datefmt: unknown = null): string {
    const d = new Date(record.created * 1000);
    const fields = {
      year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(),
      second: d.getSeconds(), microsecond: 0, utcoffset: offsetText(d), tzname: zoneName(d),
    };
    if (typeof datefmt === "string") return strftime(datefmt, fields);
    const s = strftime(this.default_time_format, fields);
    return this.default_msec_format ? percentFormat(this.default_msec_format, PyTuple.of(s, Math.floor(record.msecs))) : s;
  }

  formatException(excInfo: unknown): string {
    return formatExceptionText(excInfo);
  }

  formatMessage(record: LogRecord): string {
    const values = record._dict();
    switch (this._style) {
      case "%":
        return percentFormat(this._fmt, values);
      case "{":
        return strFormat(this._fmt, [], values);
      default:
        return this._fmt.replace(/\$(?:(\$)|(\w+)|\{(\w+)\})/g, (_m, dollar: string, a?: string, b?: string) => {
          if (dollar) return "$";
          const key = (a ?? b)!;
          if (!values.has(key)) throw new KeyError(key);
          return str(getitem(values, key));
        });
    }
  }

  format(record: LogRecord): string {
    record.message = record.getMessage();
    if (this.usesTime()) record.asctime = this.formatTime(record, this.datefmt);
    let s = this.formatMessage(record);
    if (record.exc_info && !record.exc_text) record.exc_text = this.formatException(record.exc_info);
    if (record.exc_text) {
      if (!s.endsWith("\n")) s += "\n";
      s += record.exc_text;
    }
    if (record.stack_info) {
      if (!s.endsWith("\n")) s += "\n";
      s += record.stack_info;
    }
    return s;
  }

  __repr__(): string {
    return `<logging.Formatter object>`;
  }
}

function offsetText(d: Date): string {
  const off = -d.getTimezoneOffset();
  return (off < 0 ? "-" : "+") + pad(Math.floor(Math.abs(off) / 60), 2) + pad(Math.abs(off) % 60, 2);
}



