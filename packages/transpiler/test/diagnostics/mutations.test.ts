// Differential test on broken input: every sample script, mutated deterministically (a char
// dropped, a token inserted, a range cut), must never crash the parser, and must be reported as
// a syntax error exactly when CPython's compile() rejects it.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics/sink.js";
import { parseModule } from "../../src/parse/index.js";
import { cpythonErrors } from "./python-errors.js";

const samplesDir = new URL("../../../../samples/", import.meta.url).pathname;
const insertions = ["(", ")", ":", "\n", " ", "    ", "'", '"', ",", "=", "[", "]", "{", "}", "if", "*", "**", "lambda", "f'", "#", "\\", "async ", "yield", "0x", "1_", "."];
const perFile = 12;

function mutants(): string[] {
  let state = 12345;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const files = readdirSync(samplesDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".py")).sort();
  const out: string[] = [];
  for (const file of files) {
    const source = readFileSync(join(samplesDir, file), "utf8");
    // Never cut between the two halves of a surrogate pair: no UTF-8 file can hold the result.
    const whole = (i: number): number => (i > 0 && i < source.length && (source.charCodeAt(i) & 0xfc00) === 0xdc00 ? i + 1 : i);
    for (let k = 0; k < perFile; k++) {
      const at = whole(next(source.length));
      const op = next(3);
      if (op === 0) out.push(source.slice(0, at) + source.slice(whole(at + 1 + next(3))));
      else if (op === 1) out.push(source.slice(0, at) + insertions[next(insertions.length)] + source.slice(at));
      else {
        const other = whole(next(source.length));
        out.push(source.slice(0, Math.min(at, other)) + source.slice(Math.max(at, other)));
      }
    }
  }
  return out;
}

// Mutants where tree-sitter's grammar, not our checks, decides, each with why (docs/SUPPORTED.md
// "Language" lists them). Keyed by a line of the mutant; each must still be found and still
// disagree, so a fix (or a sample edit that drops the mutant) makes this list shrink.
const knownDisagreements: Record<string, string> = {
  "        inner = k ,* 10": "tree-sitter-python cannot parse a starred literal in an unparenthesized tuple (`x = k, *10`), valid Python",
  'print(f"[{x:=+12.2f\\}] [{-42:=8}] [{42:0=6}]")': "tree-sitter-python rejects a backslash in an f-string's format spec, which CPython 3.11 keeps as text",
};

test("mutated samples: no crash, an error exactly when CPython has one", { timeout: 60_000 }, async () => {
  const sources = mutants();
  const expected = cpythonErrors("mutations", sources, { record: false });
  const disagreements: string[] = [];
  const known = new Set<string>();
  for (const [index, source] of sources.entries()) {
    const sink = new DiagnosticSink();
    await parseModule(source, "m.py", sink);
    const ours = sink.all()[0]?.message ?? null;
    if ((ours === null) === (expected[index] === null)) continue;
    const line = source.split("\n").find((text) => Object.hasOwn(knownDisagreements, text));
    if (line !== undefined) known.add(line);
    else disagreements.push(`#${index}: ours ${ours}, CPython ${expected[index]}`);
  }
  expect(disagreements).toEqual([]);
  expect([...known].sort()).toEqual(Object.keys(knownDisagreements).sort());
});
