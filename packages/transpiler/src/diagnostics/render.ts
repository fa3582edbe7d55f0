// Renders diagnostics for people (tsc-like header, code frame with a ^~~~ underline) and in
// one compact line for snapshots. Line and column are computed here, not when reporting.

import { LineTable, countCodePoints } from "../ast/location.js";
import type { Diagnostic } from "./diagnostic.js";

/** `file:line:col: error PY2TS1001: message` */
export function renderCompact(diagnostic: Diagnostic, source: string): string {
  const { line, column } = new LineTable(source).lookup(diagnostic.span.start);
  return `${diagnostic.file}:${line}:${column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/**
 * `file:line:col - error PY2TS1001: message`, a blank line, then the source line in a
 * numbered gutter with the span underlined (to the end of the first line when it spans more),
 * then any notes.
 */
export function renderPretty(diagnostic: Diagnostic, source: string): string {
  const table = new LineTable(source);
  const start = table.lookup(diagnostic.span.start);
  const header = `${diagnostic.file}:${start.line}:${start.column} - ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
  const lines = [header];
  if (source.length > 0 || diagnostic.span.end > 0) {
    const text = table.lineText(start.line);
    const lineStart = table.lineStart(start.line);
    const startInLine = diagnostic.span.start - lineStart;
    const endInLine = Math.min(Math.max(diagnostic.span.end - lineStart, startInLine), text.length);
    const width = Math.max(1, countCodePoints(text, startInLine, endInLine));
    // Keep tabs from the line in the indent so the underline stays under its text.
    const indent = Array.from(text.slice(0, startInLine), (ch) => (ch === "\t" ? "\t" : " ")).join("");
    const gutter = String(start.line);
    const blank = " ".repeat(gutter.length);
    lines.push("", `${gutter} | ${text}`.trimEnd(), `${blank} | ${indent}^${"~".repeat(width - 1)}`);
  }
  for (const note of diagnostic.notes ?? []) lines.push(`${" ".repeat(2)}note: ${note}`);
  return lines.join("\n");
}
