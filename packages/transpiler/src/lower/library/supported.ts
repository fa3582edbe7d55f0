// The generated part of docs/SUPPORTED.md: for each Python module py2ts covers, which of
// CPython's public names convert and which do not, read from the library tables themselves.

import { builtinKinds } from "./builtins.js";
import { cpythonNames } from "./cpython-names.js";
import { allLibraries } from "./registry.js";

function table(title: string, runtime: string, supported: ReadonlySet<string>, all: readonly string[]): string {
  const missing = all.filter((name) => !supported.has(name));
  const extra = [...supported].filter((name) => !all.includes(name)).sort();
  const summary =
    all.length === 0
      ? "Not part of CPython's standard library: the names below are the API py2ts covers."
      : `${all.length - missing.length} of CPython's ${all.length} public names.`;
  const lines = [`### \`${title}\` → \`${runtime}\``, "", summary, ""];
  lines.push("| name | status |", "|---|---|");
  for (const name of all) if (supported.has(name)) lines.push(`| \`${name}\` | supported |`);
  for (const name of extra) lines.push(`| \`${name}\` | supported |`);
  lines.push("");
  if (missing.length > 0) {
    lines.push(`Not yet (a located error \`PY2TS3002\`/\`PY2TS2001\` where used): ${missing.map((name) => `\`${name}\``).join(", ")}.`, "");
  }
  return lines.join("\n");
}

export function renderSupportedTables(): string {
  const sections = [table("builtins", "@py2ts/runtime/builtins", new Set(builtinKinds.keys()), cpythonNames.builtins ?? [])];
  const libraries = [...allLibraries()].sort((a, b) => a.python.localeCompare(b.python));
  for (const library of libraries) {
    sections.push(table(library.python, library.runtime, new Set(Object.keys(library.members)), cpythonNames[library.python] ?? []));
  }
  return sections.join("\n");
}
