// Python's time module. sleep is async so other Python threads (tasks) and the event loop run.
import { performance } from "node:perf_hooks";
import { TypeError, ValueError } from "./builtins/exceptions.js";
import { PyFloat } from "./builtins/float.js";
import { typeName } from "./builtins/typename.js";

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
