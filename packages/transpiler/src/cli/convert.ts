// `py2ts convert FILE|DIR…`: writes script.ts beside script.py (or as -o / --out-dir say).
// Every input is converted even when another fails; a failed file gets no output at all.

import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { unwritableFile } from "../diagnostics/index.js";
import { transpile } from "../transpile.js";
import { readSource } from "./read-source.js";
import { reportDiagnostics, type DiagnosticFormat } from "./report.js";
import { writeAtomically } from "./write-output.js";

export interface ConvertOptions {
  readonly inputs: readonly string[];
  readonly out?: string;
  readonly outDir?: string;
  readonly format: DiagnosticFormat;
  readonly quiet: boolean;
}

/** Expands directories into the .py files below them, in a stable order. */
async function expandInputs(inputs: readonly string[]): Promise<{ file: string; root: string | null }[]> {
  const files: { file: string; root: string | null }[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((entry) => entry.isFile() && entry.name.endsWith(".py") && !entry.parentPath.split(path.sep).includes("node_modules"))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
      for (const file of found) files.push({ file, root: input });
    } else {
      files.push({ file: input, root: null });
    }
  }
  return files;
}

function outputPath(file: string, root: string | null, options: ConvertOptions): string {
  if (options.out) return options.out;
  const name = `${path.basename(file, path.extname(file))}.ts`;
  if (options.outDir) {
    const relative = root ? path.relative(root, path.dirname(file)) : "";
    return path.join(options.outDir, relative, name);
  }
  return path.join(path.dirname(file), name);
}

/** Returns the process exit code: 0 when every file converted, 1 otherwise. */
export async function convertCommand(options: ConvertOptions): Promise<number> {
  const files = await expandInputs(options.inputs);
  let failed = 0;
  for (const { file, root } of files) {
    const read = await readSource(file);
    if (!read.ok) {
      reportDiagnostics([read.diagnostic], "", options.format);
      failed++;
      continue;
    }
    const result = await transpile(read.text, { file });
    reportDiagnostics(result.diagnostics, read.text, options.format);
    if (result.code === null) {
      failed++;
      continue;
    }
    const target = outputPath(file, root, options);
    try {
      await writeAtomically(target, result.code);
      if (!options.quiet) process.stderr.write(`${file} → ${target}\n`);
    } catch (error) {
      reportDiagnostics([unwritableFile(target, (error as Error).message)], "", options.format);
      failed++;
    }
  }
  if (files.length > 1 && !options.quiet) {
    process.stderr.write(`${files.length - failed} of ${files.length} files converted\n`);
  }
  return failed > 0 ? 1 : 0;
}
