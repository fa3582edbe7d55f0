// Prints diagnostics to stderr in the chosen format.

import { renderCompact, renderPretty, type Diagnostic } from "../diagnostics/index.js";

export type DiagnosticFormat = "pretty" | "compact";

export function reportDiagnostics(diagnostics: readonly Diagnostic[], source: string, format: DiagnosticFormat): void {
  for (const diagnostic of diagnostics) {
    if (diagnostic.code.startsWith("PY2TS9")) {
      // About the file itself (missing, unreadable): there is no line to point at.
      process.stderr.write(`${diagnostic.file}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}\n`);
      continue;
    }
    process.stderr.write(`${format === "pretty" ? renderPretty(diagnostic, source) : renderCompact(diagnostic, source)}\n`);
  }
}
