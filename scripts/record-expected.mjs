#!/usr/bin/env node
// Records what real python3 prints for each sample: snapshots/<area>/<name>.stdout, .stderr
// (only when non-empty), .exitcode, and .pid (the main pid, only for samples normalizing pids).
// Usage: node scripts/record-expected.mjs [samples/<area>/<name>.py …]   (all samples if none)
// Needs the transpiler built (`pnpm build`): it runs python3 through the same runPython as the tests.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const samplesDir = path.join(root, "samples");
const snapshotsDir = path.join(root, "snapshots");
const runModule = path.join(root, "packages/transpiler/dist/run/index.js");

if (!existsSync(runModule)) {
  console.error(`missing ${path.relative(root, runModule)}: run \`pnpm build\` first`);
  process.exit(2);
}
const { runPython } = await import(pathToFileURL(runModule).href);

function allSamples() {
  return readdirSync(samplesDir, { recursive: true })
    .filter((entry) => entry.endsWith(".py"))
    .map((entry) => path.join(samplesDir, entry))
    .sort();
}

function readSidecar(sample) {
  const file = sample.replace(/\.py$/, ".json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
}

function writeOrRemove(file, text) {
  if (text === undefined || text === "") rmSync(file, { force: true });
  else writeFileSync(file, text);
}

const requested = process.argv.slice(2).map((arg) => path.resolve(arg));
const samples = requested.length > 0 ? requested : allSamples();
let failures = 0;
for (const sample of samples) {
  const relative = path.relative(samplesDir, sample);
  if (relative.startsWith("..") || !sample.endsWith(".py") || !existsSync(sample)) {
    console.error(`not a sample under samples/: ${sample}`);
    failures++;
    continue;
  }
  const sidecar = readSidecar(sample);
  const base = path.join(snapshotsDir, relative.replace(/\.py$/, ""));
  mkdirSync(path.dirname(base), { recursive: true });
  const result = await runPython(sample, {
    args: sidecar.args,
    stdin: sidecar.stdin,
    timeoutMs: sidecar.timeoutMs ?? 60_000,
  });
  if (result.timedOut) {
    console.error(`${relative}: timed out, nothing recorded`);
    failures++;
    continue;
  }
  // A signal death is written as CPython's returncode convention: minus the signal number.
  const exitCode = result.exitCode ?? -os.constants.signals[result.signal];
  writeFileSync(`${base}.stdout`, result.stdout);
  writeOrRemove(`${base}.stderr`, result.stderr);
  writeFileSync(`${base}.exitcode`, `${exitCode}\n`);
  const normalizesPids = (sidecar.normalize ?? []).some((name) => name.startsWith("pid"));
  writeOrRemove(`${base}.pid`, normalizesPids ? `${result.pid}\n` : undefined);
  console.log(`${relative}: exit ${exitCode}, ${result.stdout.split("\n").length - 1} lines`);
}
process.exit(failures > 0 ? 1 : 0);
