// Runs a generated program with node the way `py2ts run` and the differential tests do: compiled
// into a private temporary directory, started with the same environment rules as python3.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { compileToJavaScript } from "./compile.js";
import { runEnvironment } from "./env.js";
import { DEFAULT_TIMEOUT_MS, runProgram, type ProgramResult } from "./spawn.js";

export interface RunGeneratedOptions {
  /** The Python source file the code was generated from; default cwd is its folder. */
  readonly file: string;
  readonly args?: readonly string[];
  readonly stdin?: string;
  readonly timeoutMs?: number;
  readonly cwd?: string;
}

/** Compiles `code` into a private temporary directory and hands `use` the module's path; the
 *  directory is removed when `use` settles. Child processes (workers) import this same file by
 *  URL, so it stays in place until the program has exited. */
export async function withCompiledModule<T>(code: string, file: string, use: (modulePath: string) => Promise<T>): Promise<T> {
  const source = path.resolve(file);
  const javascript = compileToJavaScript(code, source);
  const directory = await mkdtemp(path.join(os.tmpdir(), "py2ts-run-"));
  try {
    // .mjs: the directory has no package.json to declare the module type.
    const modulePath = path.join(directory, `${path.basename(source, ".py")}.mjs`);
    await writeFile(modulePath, javascript);
    return await use(modulePath);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

export async function runGenerated(code: string, options: RunGeneratedOptions): Promise<ProgramResult> {
  const source = path.resolve(options.file);
  return withCompiledModule(code, source, (modulePath) =>
    runProgram(process.execPath, [modulePath, ...(options.args ?? [])], {
      cwd: options.cwd ?? path.dirname(source),
      env: { ...runEnvironment({ python: false }), PY2TS_ARGV0: source },
      stdin: options.stdin,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    }),
  );
}
