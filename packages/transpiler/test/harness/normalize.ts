// Named normalizations of program output, applied identically to python3's output and ours
// before comparing. Each one erases only text that is nondeterministic in CPython itself; a
// sample opts in through its sidecar. Relations survive where they are deterministic: pids
// become labels, so "child's ppid == parent's pid" is still checked.

import { existsSync, readFileSync } from "node:fs";

/** Every normalization a sidecar may name, with what it does (shown in errors and README). */
export const NORMALIZATIONS = {
  duration:
    "every decimal number with a fractional part (12.34) becomes <duration>: measured times",
  integers:
    "every integer becomes <int>: for outputs whose numbers are all racy (lost updates)",
  pid:
    "pids become labels: the main process's pid <pid0>, every other pid <pid1>, <pid2>, … in " +
    "order of first appearance (in sorted order when lines are unordered); a pid is an integer " +
    "token equal to the main pid or less than 1000 above it (wrapping at pid_max)",
  "pid-anonymous":
    "as pid, but every pid other than the main one becomes <pid>: for pools, where which " +
    "worker runs a task is up to the scheduler",
} as const;

export type NormalizationName = keyof typeof NORMALIZATIONS;

export interface PrepareOptions {
  readonly normalize?: readonly NormalizationName[];
  readonly unorderedLines?: boolean;
  /** Pid of the program's main process; required by the pid normalizations. */
  readonly mainPid?: number;
}

// Pids handed out after the main one: CPython's forks get the next free OS pids (a few dozen
// above, other processes of the machine interleave); the runtime counts up from the main pid.
const PID_WINDOW = 1000;
// Linux never reuses pids below this after wrapping (RESERVED_PIDS).
const FIRST_WRAPPED_PID = 300;
const PID_MAX = readPidMax();

function readPidMax(): number {
  const file = "/proc/sys/kernel/pid_max";
  const value = existsSync(file) ? Number(readFileSync(file, "utf8").trim()) : NaN;
  return Number.isInteger(value) && value > 0 ? value : 4_194_304;
}

// An integer token: not part of a longer number and not the fraction of a decimal.
const INTEGER_TOKEN = /(?<!\d|\d\.)\d+(?!\d|\.\d)/g;
const DECIMAL = /(?<![\d.])\d+\.\d+(?![\d.])/g;

export function isPidLike(value: number, mainPid: number): boolean {
  if (value === mainPid) return true;
  if (value > mainPid) return value - mainPid < PID_WINDOW;
  return value >= FIRST_WRAPPED_PID && value + PID_MAX - mainPid < PID_WINDOW;
}

function splitLines(text: string): { lines: string[]; finalNewline: boolean } {
  const finalNewline = text.endsWith("\n");
  const lines = text.split("\n");
  if (finalNewline) lines.pop();
  return { lines, finalNewline };
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function labelPids(
  lines: string[],
  options: { mainPid: number; anonymous: boolean; unordered: boolean },
): string[] {
  const { mainPid, anonymous, unordered } = options;
  const mask = (line: string): string =>
    line.replace(INTEGER_TOKEN, (m) => (isPidLike(Number(m), mainPid) ? "<pid>" : m));
  const order = lines.map((_, index) => index);
  // Labels follow first appearance; with free line order, "first" must not depend on the run,
  // so lines are visited in the order of their text with pids masked.
  if (unordered) {
    const masked = lines.map(mask);
    order.sort((a, b) => byText(masked[a]!, masked[b]!));
  }
  const labels = new Map<number, string>([[mainPid, "<pid0>"]]);
  const result = [...lines];
  for (const index of order) {
    result[index] = lines[index]!.replace(INTEGER_TOKEN, (m) => {
      const value = Number(m);
      if (!isPidLike(value, mainPid)) return m;
      if (anonymous && value !== mainPid) return "<pid>";
      let label = labels.get(value);
      if (label === undefined) {
        label = `<pid${labels.size}>`;
        labels.set(value, label);
      }
      return label;
    });
  }
  return result;
}

/** The text that is compared: normalized, and with sorted lines when their order is free. */
export function prepareOutput(text: string, options: PrepareOptions = {}): string {
  const names = new Set(options.normalize ?? []);
  const unordered = options.unorderedLines ?? false;
  let { lines, finalNewline } = splitLines(text);
  if (names.has("duration")) lines = lines.map((l) => l.replace(DECIMAL, "<duration>"));
  if (names.has("integers")) lines = lines.map((l) => l.replace(INTEGER_TOKEN, "<int>"));
  if (names.has("pid") || names.has("pid-anonymous")) {
    if (options.mainPid === undefined) {
      throw new Error("the pid normalization needs the main process's pid");
    }
    const anonymous = names.has("pid-anonymous") && !names.has("pid");
    lines = labelPids(lines, { mainPid: options.mainPid, anonymous, unordered });
  }
  if (unordered) lines = [...lines].sort(byText);
  return lines.join("\n") + (finalNewline ? "\n" : "");
}

/** The last non-empty line of stderr, normalized like stdout ("" when stderr is empty). */
export function lastStderrLine(stderr: string, options: PrepareOptions = {}): string {
  const lines = stderr.split("\n").filter((line) => line.trim() !== "");
  const last = lines.at(-1) ?? "";
  return prepareOutput(last, { ...options, unorderedLines: false });
}
