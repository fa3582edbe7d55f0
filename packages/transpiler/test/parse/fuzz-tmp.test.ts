import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics/sink.js";
import { parseModule } from "../../src/parse/index.js";
import { cpythonErrors } from "../diagnostics/python-errors.js";

test("fuzz", { timeout: 120000 }, async () => {
  const dir = "/work/main/samples";
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".py"));
  let seed = 12345;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const mutants: string[] = [];
  const pieces = ["(", ")", ":", "\n", " ", "    ", "'", '"', ",", "=", "[", "]", "{", "}", "if", "*", "**", "lambda", "f'", "#", "\\", "async ", "yield", "0x", "1_", "."];
  for (const f of files) {
    const src = readFileSync(join(dir, f), "utf8");
    for (let k = 0; k < 12; k++) {
      let s = src;
      const at = rand(s.length);
      const op = rand(3);
      if (op === 0) s = s.slice(0, at) + s.slice(at + 1 + rand(3));
      else if (op === 1) s = s.slice(0, at) + pieces[rand(pieces.length)] + s.slice(at);
      else { const b = rand(s.length); s = s.slice(0, Math.min(at, b)) + s.slice(Math.max(at, b)); }
      mutants.push(s);
    }
  }
  const py = cpythonErrors("fuzz-tmp", mutants);
  let crashes = 0, falsePos = 0, falseNeg = 0, agreeMsg = 0, errs = 0;
  for (let i = 0; i < mutants.length; i++) {
    const sink = new DiagnosticSink();
    try { await parseModule(mutants[i], "m.py", sink); } catch (e) { crashes++; console.log("CRASH", String(e).slice(0, 200)); continue; }
    const ours = sink.all()[0];
    if (py[i] === null && ours) { falsePos++; console.log("FALSEPOS", ours.message, JSON.stringify(mutants[i].slice(Math.max(0, ours.span.start - 40), ours.span.start + 40))); }
    if (py[i] !== null && !ours) { falseNeg++; const ln = Number(py[i]!.split(":")[0]); console.log("FALSENEG", py[i], JSON.stringify(mutants[i].split("\n").slice(ln - 2, ln + 1).join("\n"))); }
    if (py[i] !== null && ours) { errs++; if (py[i]!.endsWith(ours.message)) agreeMsg++; }
  }
  console.log({ total: mutants.length, crashes, falsePos, falseNeg, errs, agreeMsg });
});
