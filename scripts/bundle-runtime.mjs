#!/usr/bin/env node
// Bundles the built runtime (packages/runtime/dist, from tsc) into packages/runtime/bundle: one
// file per public module (what generated code imports) plus shared chunks, so a program starts
// by loading a handful of files instead of ~90 (a cold start of node + runtime costs about half
// as much CPU). Part of `pnpm build`; the package's exports point here, its types at dist/.
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const runtime = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../packages/runtime");
const dist = path.join(runtime, "dist");
const out = path.join(runtime, "bundle");

// Public modules: every top-level module, the nested ones generated code names, and the
// worker entry that child processes start from.
const nested = [
  "builtins/index", "multiprocessing/index", "multiprocessing/worker-entry", "multiprocessing/connection",
  "multiprocessing/dummy", "multiprocessing/pool", "multiprocessing/sharedctypes", "multiprocessing/shm",
  "multiprocessing/managers", "multiprocessing/reduction-module", "concurrent/futures", "os/path", "re/flags", "re/translate", "numpy/random",
];
const topLevel = readdirSync(dist).filter((f) => f.endsWith(".js")).map((f) => f.slice(0, -3));
const input = {};
for (const name of [...topLevel, ...nested]) {
  const file = path.join(dist, `${name}.js`);
  if (!existsSync(file)) throw new Error(`bundle-runtime: ${file} is missing (run tsc -b first)`);
  input[name] = file;
}

// Built beside the old bundle and swapped in, so a program running during a rebuild never
// finds it half-written.
const fresh = `${out}.${process.pid}`;
const stale = `${out}.${process.pid}.old`;
await build({
  input,
  platform: "node",
  external: [/^node:/],
  logLevel: "warn",
  output: { dir: fresh, format: "esm", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
});
if (existsSync(out)) renameSync(out, stale);
renameSync(fresh, out);
rmSync(stale, { recursive: true, force: true });
