// Runs one program as a child process and collects its output. The child gets its own process
// group so a timeout can kill it together with every process it started (forks, pool workers).

import { spawn } from "node:child_process";

export interface ProgramResult {
  readonly stdout: string;
  readonly stderr: string;
  /** null when the program was ended by a signal. */
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** The OS pid of the program's main process (pid normalization anchors on it). */
  readonly pid: number | undefined;
  readonly timedOut: boolean;
}

export interface SpawnOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdin?: string;
  readonly timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

export function runProgram(
  command: string,
  args: readonly string[],
  options: SpawnOptions,
): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        // The group is already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // 'close' (not 'exit'): all output of the process, and of children still holding the
    // pipes, has been read. A leftover child keeping the pipe open is ended by the timeout.
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
        exitCode: code,
        signal,
        pid: child.pid,
        timedOut,
      });
    });
    // EPIPE when the program exits without reading its input is not our failure.
    child.stdin.on("error", () => undefined);
    child.stdin.end(options.stdin ?? "");
  });
}
