// What python3 prints for a sample: live python3 3.11 when this machine has it, else the
// files recorded by scripts/record-expected.mjs.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { runPython } from "../../src/run/index.js";
import type { Sample } from "./samples.js";

export interface Observed {
  readonly stdout: string;
  readonly stderr: string;
  /** Exit status, or minus the signal number as in subprocess.returncode. */
  readonly exitCode: number;
  readonly mainPid: number | undefined;
}

let pythonChecked: boolean | undefined;

/** True when `python3` is CPython 3.11, the version the recorded outputs come from. */
export function livePythonAvailable(): boolean {
  if (pythonChecked === undefined) {
    const probe = spawnSync("python3", ["-c", "import sys; print(sys.version_info[:2] == (3, 11))"], {
      encoding: "utf8",
    });
    pythonChecked = probe.status === 0 && probe.stdout.trim() === "True";
  }
  return pythonChecked;
}

const probes = new Map<string, boolean>();

function probe(key: string, command: string, args: readonly string[]): boolean {
  let result = probes.get(key);
  if (result === undefined) {
    result = spawnSync(command, [...args], { stdio: "ignore" }).status === 0;
    probes.set(key, result);
  }
  return result;
}

/** Why live python3 here cannot reproduce the recorded output, or undefined when it can. */
export function environmentMismatch(sample: Sample): string | undefined {
  const { pythonModules = [], absentCommands = [] } = sample.sidecar.recordedWith ?? {};
  for (const module of pythonModules) {
    if (!probe(`module:${module}`, "python3", ["-c", `import ${module}`])) {
      return `python3 here cannot import ${module}`;
    }
  }
  for (const command of absentCommands) {
    if (probe(`command:${command}`, "sh", ["-c", `command -v '${command}'`])) {
      return `${command} is installed here`;
    }
  }
  return undefined;
}

export function signalExitCode(exitCode: number | null, signal: string | null): number {
  if (exitCode !== null) return exitCode;
  const number = signal === null ? undefined : os.constants.signals[signal as NodeJS.Signals];
  return -(number ?? 0);
}

export async function runLivePython(sample: Sample): Promise<Observed> {
  const { args, stdin, timeoutMs } = sample.sidecar;
  const result = await runPython(sample.file, { args, stdin, timeoutMs });
  if (result.timedOut) throw new Error(`python3 ${sample.id}.py timed out`);
  return {
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: signalExitCode(result.exitCode, result.signal),
    mainPid: result.pid,
  };
}

function readIfPresent(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

export function readRecorded(sample: Sample): Observed {
  const base = sample.expectationBase;
  const stdout = readIfPresent(`${base}.stdout`);
  const exitCode = readIfPresent(`${base}.exitcode`);
  if (stdout === undefined || exitCode === undefined) {
    throw new Error(
      `no recorded output for ${sample.id}: run \`node scripts/record-expected.mjs samples/${sample.id}.py\``,
    );
  }
  const pid = readIfPresent(`${base}.pid`);
  const normalizesPids = sample.sidecar.normalize?.some((name) => name.startsWith("pid")) ?? false;
  if (normalizesPids && pid === undefined) {
    throw new Error(
      `${sample.id} normalizes pids but ${sample.id}.pid was not recorded: run \`node scripts/record-expected.mjs samples/${sample.id}.py\``,
    );
  }
  return {
    stdout,
    stderr: readIfPresent(`${base}.stderr`) ?? "",
    exitCode: Number(exitCode.trim()),
    mainPid: pid === undefined ? undefined : Number(pid.trim()),
  };
}
