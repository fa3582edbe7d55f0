// Proleptic Gregorian calendar arithmetic as CPython's Lib/datetime.py does it: ordinals count
// days from 0001-01-01 (ordinal 1), and the argument checks raise its exact messages.
import { OverflowError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyFloat } from "../builtins/float.js";
import { typeName } from "../builtins/typename.js";

export const MINYEAR = 1;
export const MAXYEAR = 9999;
export const MAX_ORDINAL = 3652059;

const DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [-1];
for (let m = 1, dbm = 0; m <= 12; m++) {
  DAYS_BEFORE_MONTH.push(dbm);
  dbm += DAYS_IN_MONTH[m]!;
}

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month]!;
}

export function daysBeforeMonth(year: number, month: number): number {
  return DAYS_BEFORE_MONTH[month]! + (month > 2 && isLeap(year) ? 1 : 0);
}

export function ymdToOrd(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
}

const DI400Y = daysBeforeYear(401);
const DI100Y = daysBeforeYear(101);
const DI4Y = daysBeforeYear(5);

export function ordToYmd(ordinal: number): [number, number, number] {
  let n = ordinal - 1;
  const n400 = Math.floor(n / DI400Y);
  n -= n400 * DI400Y;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / DI100Y);
  n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month]! + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= DAYS_IN_MONTH[month]! + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

/** An int argument (bools included), with CPython's TypeError for anything else. */
export function intArg(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") {
    throw new OverflowError("Python int too large to convert to C int");
  }
  if (x instanceof PyFloat) throw new TypeError("'float' object cannot be interpreted as an integer");
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

export function checkDateFields(year: number, month: number, day: number): void {
  if (year < MINYEAR || year > MAXYEAR) throw new ValueError(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw new ValueError("month must be in 1..12");
  if (day < 1 || day > daysInMonth(year, month)) throw new ValueError("day is out of range for month");
}

export function checkTimeFields(hour: number, minute: number, second: number, microsecond: number, fold: number): void {
  if (hour < 0 || hour > 23) throw new ValueError("hour must be in 0..23");
  if (minute < 0 || minute > 59) throw new ValueError("minute must be in 0..59");
  if (second < 0 || second > 59) throw new ValueError("second must be in 0..59");
  if (microsecond < 0 || microsecond > 999999) throw new ValueError("microsecond must be in 0..999999");
  if (fold !== 0 && fold !== 1) throw new ValueError("fold must be either 0 or 1");
}

/** Monday is 0, as date.weekday(). */
export function weekdayOf(ordinal: number): number {
  return (ordinal + 6) % 7;
}

export function isoWeek1Monday(year: number): number {
  const firstday = ymdToOrd(year, 1, 1);
  const firstweekday = (firstday + 6) % 7;
  let week1monday = firstday - firstweekday;
  if (firstweekday > 3) week1monday += 7;
  return week1monday;
}

/** [ISO year, ISO week, ISO weekday] of an ordinal. */
export function isoCalendar(year: number, today: number): [number, number, number] {
  const divmod7 = (n: number): [number, number] => [Math.floor(n / 7), ((n % 7) + 7) % 7];
  let [week, day] = divmod7(today - isoWeek1Monday(year));
  if (week < 0) {
    year -= 1;
    [week, day] = divmod7(today - isoWeek1Monday(year));
  } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
    year += 1;
    week = 0;
  }
  return [year, week + 1, day + 1];
}

export const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? "-" + s : s;
};

/** Python's round(): half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
