// Side-by-side benchmark: each case run by python3 and, converted by py2ts, by node; wall
// times are medians of several runs taken in the same session, and outputs must agree.
// Usage (after `pnpm build`): node bench/run.mjs [--runs N] [case.py…]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { transpile } from "../packages/transpiler/dist/index.js";
import { runEnvironment, withCompiledModule } from "../packages/transpiler/dist/run/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const cases = args.length > 0 ? args : readdirSync(path.join(here, "cases")).filter((f) => f.endsWith(".py")).map((f) => path.join(here, "cases", f));

// Peak memory (max RSS of the process tree's largest process, as GNU time reports it) when
// /usr/bin/time is there; worker threads share the node process, CPython children do not, so
// for multi-process cases the CPython figure is one process of several.
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const scratch = mkdtempSync(path.join(os.tmpdir(), "py2ts-bench-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

function timed(command, commandArgs, env) {
  const rssFile = path.join(scratch, "rss");
  const [program, programArgs] = gnuTime ? [gnuTime, ["-f", "%M", "-o", rssFile, command, ...commandArgs]] : [command, commandArgs];
  const start = process.hrtime.bigint();
  const stdout = execFileSync(program, programArgs, { env, encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssMb = gnuTime ? Number(readFileSync(rssFile, "utf8").trim().split("\n").pop()) / 1024 : NaN;
  return { ms, stdout, rssMb };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The interpreter itself, not a version-manager shim (pyenv's `python3` is a bash script that
// adds tens of milliseconds to every start).
const pythonBin = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
console.log(`machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${process.version}, ${execFileSync(pythonBin, ["--version"], { encoding: "utf8" }).trim()} (${pythonBin})`);
console.log(`runs per case: ${runs} (medians), load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log("| case | CPython (ms) | py2ts (ms) | CPython ÷ py2ts | CPython peak RSS (MB) | py2ts peak RSS (MB) |");
console.log("|---|---|---|---|---|---|");
for (const file of cases) {
  const source = readFileSync(file, "utf8");
  const result = await transpile(source, { file });
  if (result.code === null) {
    console.log(`| ${path.basename(file)} | – | conversion failed: ${result.diagnostics.map((d) => d.message).join("; ")} | – |`);
    continue;
  }
  await withCompiledModule(result.code, file, async (modulePath) => {
    const pythonEnv = runEnvironment({ python: true });
    const nodeEnv = runEnvironment({ python: false });
    const python = [];
    const node = [];
    const pythonRss = [];
    const nodeRss = [];
    let expected;
    for (let run = 0; run < runs; run++) {
      const py = timed(pythonBin, [file], pythonEnv);
      const js = timed(process.execPath, [modulePath], nodeEnv);
      if (js.stdout !== py.stdout) throw new Error(`${file}: outputs differ\npython: ${py.stdout}\npy2ts:  ${js.stdout}`);
      expected = py.stdout;
      python.push(py.ms);
      node.push(js.ms);
      pythonRss.push(py.rssMb);
      nodeRss.push(js.rssMb);
    }
    void expected;
    const p = median(python);
    const n = median(node);
    const mb = (values) => (Number.isNaN(median(values)) ? "–" : median(values).toFixed(0));
    console.log(`| ${path.basename(file)} | ${p.toFixed(0)} | ${n.toFixed(0)} | ${(p / n).toFixed(2)}× | ${mb(pythonRss)} | ${mb(nodeRss)} |`);
  });
}
