// docs/SUPPORTED.md's library tables are generated from the code: they must match it.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSupportedTables } from "../../src/lower/library/index.js";

describe("docs/SUPPORTED.md", () => {
  it("lists exactly what the library tables provide (regenerate: node scripts/update-supported.mjs)", () => {
    const text = readFileSync(new URL("../../../../docs/SUPPORTED.md", import.meta.url), "utf8");
    const begin = "<!-- generated: library tables (node scripts/update-supported.mjs) -->";
    const generated = text.slice(text.indexOf(begin) + begin.length, text.indexOf("<!-- end generated -->")).trim();
    expect(generated).toBe(renderSupportedTables().trim());
  });
});
