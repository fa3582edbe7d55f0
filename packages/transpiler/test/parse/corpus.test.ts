// Whole files: every sample script (and the seed articles' Python code blocks, when the shared
// seeds folder is present) parses exactly as CPython parses it.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics/sink.js";
import { parseModule } from "../../src/parse/index.js";
import { cpythonAsts, ourAst } from "./oracle.js";

const repoRoot = new URL("../../../../", import.meta.url).pathname;
// CI and every session check the repository out with the shared folder beside it.
const seedsDir = join(repoRoot, "../shared/seeds");

function pythonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((f) => join(dir, f));
}

/** ```python fenced blocks of the seed articles. */
function seedBlocks(): [string, string][] {
  if (!existsSync(seedsDir)) return [];
  const out: [string, string][] = [];
  for (const file of readdirSync(seedsDir).sort()) {
    const text = readFileSync(join(seedsDir, file), "utf8");
    let index = 0;
    for (const match of text.matchAll(/```(?:python|py)\n([\s\S]*?)```/g)) out.push([`${file}#${index++}`, match[1]]);
  }
  return out;
}

const cases: [string, string][] = [
  ...pythonFiles(join(repoRoot, "samples")).map((f): [string, string] => [f.slice(repoRoot.length), readFileSync(f, "utf8")]),
  ...seedBlocks(),
];

function parserKnownFailure(name: string): boolean {
  if (!name.endsWith(".py")) return false;
  const sidecar = join(repoRoot, name.replace(/\.py$/, ".json"));
  if (!existsSync(sidecar)) return false;
  const knownFailure = (JSON.parse(readFileSync(sidecar, "utf8")) as { knownFailure?: string }).knownFailure;
  return knownFailure !== undefined && /PY2TS1\d{3}/.test(knownFailure);
}

describe("corpus", () => {
  const expected = cpythonAsts("corpus", cases.map(([, source]) => source), { record: false });
  cases.forEach(([name, source], index) => {
    const oracle = expected[index] as { error?: string } | undefined;
    test(name, async () => {
      const sink = new DiagnosticSink();
      const module = await parseModule(source, name, sink);
      if (oracle && "error" in oracle) {
        expect(sink.hasErrors()).toBe(true);
        return;
      }
      // A sample declared a known failure for a parser gap (its sidecar names PY2TS1xxx) must
      // still show it, as the sample harness requires of every known failure.
      if (parserKnownFailure(name)) {
        expect(sink.hasErrors(), `${name} now parses: remove its parser knownFailure`).toBe(true);
        return;
      }
      expect(sink.all().map((d) => `${d.span.start}: ${d.message}`)).toEqual([]);
      expect(ourAst(module)).toEqual(oracle);
    });
  });
});
