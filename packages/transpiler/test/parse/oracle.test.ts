// Every snippet parses to the same tree as CPython's ast.parse (spans aside), without diagnostics.

import { describe, expect, test } from "vitest";
import { DiagnosticSink } from "../../src/diagnostics/sink.js";
import { parseModule } from "../../src/parse/index.js";
import { cpythonAsts, ourAst } from "./oracle.js";
import { edgeSnippets, fstringEdges } from "./snippets-edges.js";
import { snippets } from "./snippets.js";

for (const [group, sources] of Object.entries({ ...snippets, ...edgeSnippets, ...fstringEdges })) {
  describe(group, () => {
    const expected = cpythonAsts(group, sources);
    sources.forEach((source, index) => {
      test(JSON.stringify(source), async () => {
        const sink = new DiagnosticSink();
        const module = await parseModule(source, "snippet.py", sink);
        expect(sink.all().map((d) => d.message)).toEqual([]);
        expect(ourAst(module)).toEqual(expected[index]);
      });
    });
  });
}
