// Python's time module. sleep is async so other Python threads (tasks) and the event loop run.
// Broken-down time is in time/struct.ts, strftime/strptime in time/strftime.ts.
import { TypeError, ValueError } from "./builtins/exceptions.js";
import { PyFloat } from "./builtins/float.js";
import { PyTuple } from "./builtins/tuple.js";
import { zoneName } from "./time/struct.js";
import { typeName } from "./builtins/typename.js";

export { struct_time, gmtime, localtime, mktime, asctime, ctime } from "./time/struct.js";
export { strftime, strptime } from "./time/strftime.js";

function seconds(secs: unknown): number {
  if (secs instanceof PyFloat) return secs.value;
  if (typeof secs === "number") return secs;
  if (typeof secs === "boolean") return secs ? 1 : 0;
  if (typeof secs === "bigint") return Number(secs);
  throw new TypeError(`'${typeName(secs)}' object cannot be interpreted as an integer`);
}

export async function sleep(secs: unknown): Promise<void> {
  const s = seconds(secs);
  if (Number.isNaN(s)) throw new ValueError("Invalid value NaN (not a number)");
  if (s < 0) throw new ValueError("sleep length must be non-negative");
  await new Promise<void>((resolve) => setTimeout(resolve, s * 1000));
}

export function time(): PyFloat {
  return new PyFloat((performance.timeOrigin + performance.now()) / 1000);
}

export function time_ns(): bigint {
  return BigInt(Math.round(performance.timeOrigin * 1e6)) + process.hrtime.bigint() - hrtimeAtOrigin;
}

const hrtimeAtOrigin = process.hrtime.bigint() - BigInt(Math.round(performance.now() * 1e6));

export function perf_counter(): PyFloat {
  return new PyFloat(Number(process.hrtime.bigint()) / 1e9);
}

export function perf_counter_ns(): number | bigint {
  const ns = process.hrtime.bigint();
  return ns <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(ns) : ns;
}

export function monotonic(): PyFloat {
  return perf_counter();
}

export function monotonic_ns(): number | bigint {
  return perf_counter_ns();
}

export function process_time(): PyFloat {
  const u = process.cpuUsage();
  return new PyFloat((u.user + u.system) / 1e6);
}

export function process_time_ns(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

export function thread_time(): PyFloat {
  return process_time();
}

// The local zone's standard and summer offsets in January and July of this year, as libc's
// tzset() leaves them in time.timezone / altzone / daylight / tzname.
const jan = new Date(new Date().getFullYear(), 0, 1);
const jul = new Date(new Date().getFullYear(), 6, 1);
const stdDate = jan.getTimezoneOffset() >= jul.getTimezoneOffset() ? jan : jul;
const dstDate = stdDate === jan ? jul : jan;
export const timezone = stdDate.getTimezoneOffset() * 60;
export const altzone = dstDate.getTimezoneOffset() * 60;
export const daylight = jan.getTimezoneOffset() !== jul.getTimezoneOffset() ? 1 : 0;
export const tzname = PyTuple.of(zoneName(stdDate), daylight ? zoneName(dstDate) : zoneName(stdDate));
