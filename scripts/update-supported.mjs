// Rewrites the generated section of docs/SUPPORTED.md from the transpiler's library tables.
// Run after `pnpm build`: node scripts/update-supported.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { renderSupportedTables } from "../packages/transpiler/dist/lower/library/index.js";

const file = new URL("../docs/SUPPORTED.md", import.meta.url);
const begin = "<!-- generated: library tables (node scripts/update-supported.mjs) -->";
const end = "<!-- end generated -->";
const text = readFileSync(file, "utf8");
const start = text.indexOf(begin);
const stop = text.indexOf(end);
if (start < 0 || stop < 0) throw new Error("docs/SUPPORTED.md lacks the generated-section markers");
writeFileSync(file, `${text.slice(0, start + begin.length)}\n\n${renderSupportedTables()}\n${text.slice(stop)}`);
console.log("updated docs/SUPPORTED.md");
