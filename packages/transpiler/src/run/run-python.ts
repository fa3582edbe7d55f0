// Runs a .py file with the reference interpreter under the recording rules (docs/ARCHITECTURE.md):
// cwd = the script's folder, line-buffered stdout via sitecustomize, PYTHONHASHSEED=0.

import path from "node:path";
import { runEnvironment } from "./env.js";
import { DEFAULT_TIMEOUT_MS, runProgram, type ProgramResult } from "./spawn.js";

export interface RunPythonOptions {
  readonly args?: readonly string[];
  readonly stdin?: string;
  readonly timeoutMs?: number;
  readonly cwd?: string;
  /** Interpreter command; python3 by default. */
  readonly python?: string;
}

export function runPython(file: string, options: RunPythonOptions = {}): Promise<ProgramResult> {
  const absolute = path.resolve(file);
  return runProgram(options.python ?? "python3", [absolute, ...(options.args ?? [])], {
    cwd: options.cwd ?? path.dirname(absolute),
    env: runEnvironment({ python: true }),
    stdin: options.stdin,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}
