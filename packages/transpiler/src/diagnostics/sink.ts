// Collects diagnostics from every stage so that one run reports all problems, not the first.

import type { Diagnostic } from "./diagnostic.js";
import type { DiagnosticDraft } from "./messages.js";

export class DiagnosticSink {
  private readonly items: Diagnostic[] = [];

  report(diagnostic: Diagnostic): void {
    this.items.push(diagnostic);
  }

  /** Reports a catalog message (messages.ts) against a file. */
  reportIn(file: string, draft: DiagnosticDraft): void {
    this.items.push({ ...draft, file });
  }

  /** Every diagnostic in the order reported. */
  all(): readonly Diagnostic[] {
    return this.items;
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
}
