// strftime in the C locale, as glibc formats what CPython hands it (%f, %z and %Z are
// expanded by CPython itself first). Unknown directives pass through as glibc leaves them.
import { daysBeforeMonth, isoCalendar, pad, ymdToOrd } from "./calendar.js";

export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];

export interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  /** "+HHMM[SS[.ffffff]]" or "" when naive. */
  readonly utcoffset: string;
  readonly tzname: string;
}

const spacePad = (n: number): string => String(n).padStart(2, " ");

export function strftime(format: string, f: Fields): string {
  const ordinal = ymdToOrd(f.year, f.month, f.day);
  const wday = (ordinal + 6) % 7; // Monday 0
  const sundayWday = (wday + 1) % 7; // Sunday 0, as C's tm_wday
  const yday = daysBeforeMonth(f.year, f.month) + f.day; // 1-based
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const dayAbbr = DAY_NAMES[wday]!.slice(0, 3);
  const monAbbr = MONTH_NAMES[f.month - 1]!.slice(0, 3);
  const hms = `${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
  const mdy = `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(f.year % 100, 2)}`;
  const one = (c: string): string | undefined => {
    switch (c) {
      case "a": return dayAbbr;
      case "A": return DAY_NAMES[wday];
      case "b": case "h": return monAbbr;
      case "B": return MONTH_NAMES[f.month - 1];
      case "c": return `${dayAbbr} ${monAbbr} ${spacePad(f.day)} ${hms} ${f.year}`;
      case "C": return pad(Math.floor(f.year / 100), 2);
      case "d": return pad(f.day, 2);
      case "D": case "x": return mdy;
      case "e": return spacePad(f.day);
      case "f": return pad(f.microsecond, 6);
      case "F": return `${f.year}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
      case "G": return String(isoCalendar(f.year, ordinal)[0]);
      case "g": return pad(isoCalendar(f.year, ordinal)[0] % 100, 2);
      case "H": return pad(f.hour, 2);
      case "I": return pad(hour12, 2);
      case "j": return pad(yday, 3);
      case "k": return spacePad(f.hour);
      case "l": return spacePad(hour12);
      case "m": return pad(f.month, 2);
      case "M": return pad(f.minute, 2);
      case "n": return "\n";
      case "p": return f.hour < 12 ? "AM" : "PM";
      case "P": return f.hour < 12 ? "am" : "pm";
      case "R": return `${pad(f.hour, 2)}:${pad(f.minute, 2)}`;
      case "S": return pad(f.second, 2);
      case "t": return "\t";
      case "T": case "X": return hms;
      case "u": return String(wday + 1);
      case "U": return pad(Math.floor((yday - 1 + 7 - sundayWday) / 7), 2);
      case "V": return pad(isoCalendar(f.year, ordinal)[1], 2);
      case "w": return String(sundayWday);
      case "W": return pad(Math.floor((yday - 1 + 7 - wday) / 7), 2);
      case "y": return pad(f.year % 100, 2);
      case "Y": return String(f.year);
      case "z": return f.utcoffset;
      case "Z": return f.tzname;
      case "%": return "%";
      default: return undefined;
    }
  };
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== "%" || i + 1 >= format.length) {
      out += ch;
      continue;
    }
    const r = one(format[i + 1]!);
    out += r ?? "%" + format[i + 1];
    i++;
  }
  return out;
}
