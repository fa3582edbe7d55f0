// The optional samples/<area>/<name>.json next to a sample: how to run it and compare its output
// (documented in samples/README.md). Unknown keys are an error, so a typo cannot silently
// turn a check off.

import { existsSync, readFileSync } from "node:fs";
import { NORMALIZATIONS, type NormalizationName } from "./normalize.js";

export interface Sidecar {
  /** Why the sample cannot pass yet, naming the issue ("#6 Queue"); the test requires it to fail. */
  readonly knownFailure?: string;
  /** Lines printed by different processes in a genuinely free order: compare sorted lines. */
  readonly unorderedLines?: boolean;
  readonly normalize?: readonly NormalizationName[];
  /** Also compare the last line of stderr (the exception line of a traceback). */
  readonly stderr?: "last-line";
  readonly args?: readonly string[];
  readonly stdin?: string;
  readonly timeoutMs?: number;
  /**
   * What the recorded output depends on in python3's environment; where it does not hold,
   * the recorded files are the oracle instead of live python3.
   */
  readonly recordedWith?: RecordedWith;
}

export interface RecordedWith {
  /** Modules that imported when recording (e.g. numpy). */
  readonly pythonModules?: readonly string[];
  /** Commands that were not installed when recording (e.g. nslookup). */
  readonly absentCommands?: readonly string[];
}

const KEYS = new Set([
  "knownFailure",
  "unorderedLines",
  "normalize",
  "stderr",
  "args",
  "stdin",
  "timeoutMs",
  "recordedWith",
]);

function fail(file: string, message: string): never {
  throw new Error(`${file}: ${message}`);
}

export function parseSidecar(text: string, file: string): Sidecar {
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(file, "must hold a JSON object");
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KEYS.has(key)) fail(file, `unknown key "${key}" (known: ${[...KEYS].join(", ")})`);
  }
  const { knownFailure, unorderedLines, normalize, stderr, args, stdin, timeoutMs, recordedWith } = record;
  if (knownFailure !== undefined && (typeof knownFailure !== "string" || !/#\d+/.test(knownFailure))) {
    fail(file, "knownFailure must be a reason naming its issue, e.g. \"#6 Queue\"");
  }
  if (unorderedLines !== undefined && typeof unorderedLines !== "boolean") {
    fail(file, "unorderedLines must be a boolean");
  }
  if (normalize !== undefined) {
    if (!Array.isArray(normalize)) fail(file, "normalize must be an array of names");
    for (const name of normalize) {
      if (!Object.hasOwn(NORMALIZATIONS, name)) {
        fail(file, `unknown normalization "${String(name)}" (known: ${Object.keys(NORMALIZATIONS).join(", ")})`);
      }
    }
  }
  if (stderr !== undefined && stderr !== "last-line") fail(file, 'stderr must be "last-line"');
  if (args !== undefined && !(Array.isArray(args) && args.every((a) => typeof a === "string"))) {
    fail(file, "args must be an array of strings");
  }
  if (stdin !== undefined && typeof stdin !== "string") fail(file, "stdin must be a string");
  if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && timeoutMs > 0)) {
    fail(file, "timeoutMs must be a positive number");
  }
  if (recordedWith !== undefined) checkRecordedWith(recordedWith, file);
  return record as Sidecar;
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function checkRecordedWith(value: unknown, file: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(file, "recordedWith must be an object");
  }
  for (const [key, item] of Object.entries(value)) {
    if (key !== "pythonModules" && key !== "absentCommands") {
      fail(file, `unknown recordedWith key "${key}" (known: pythonModules, absentCommands)`);
    }
    if (!isStringArray(item)) fail(file, `recordedWith.${key} must be an array of strings`);
  }
}

export function loadSidecar(sampleFile: string): Sidecar {
  const file = sampleFile.replace(/\.py$/, ".json");
  return existsSync(file) ? parseSidecar(readFileSync(file, "utf8"), file) : {};
}
