// `py2ts run script.py [args…]`: converts in memory and runs the program with Node, its stdio
// connected to ours, and exits with the program's status.

import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { transpile } from "../transpile.js";
import { runEnvironment, withCompiledModule } from "../run/index.js";
import { readSource } from "./read-source.js";
import { reportDiagnostics, type DiagnosticFormat } from "./report.js";

export interface RunOptions {
  readonly file: string;
  readonly args: readonly string[];
  readonly format: DiagnosticFormat;
}

export async function runCommand(options: RunOptions): Promise<number> {
  const read = await readSource(options.file);
  if (!read.ok) {
    reportDiagnostics([read.diagnostic], "", options.format);
    return 1;
  }
  const result = await transpile(read.text, { file: options.file });
  reportDiagnostics(result.diagnostics, read.text, options.format);
  if (result.code === null) return 1;

  return withCompiledModule(result.code, options.file, (modulePath) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [modulePath, ...options.args], {
        stdio: "inherit",
        env: { ...runEnvironment({ python: false }), PY2TS_ARGV0: path.resolve(options.file) },
      });
      child.on("error", reject);
      child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)));
    }),
  );
}
