// The user-facing diagnostic record: a stable code, a severity and a span. Line and column
// are computed only when a diagnostic is rendered (render.ts).

import type { Span } from "../ast/nodes.js";

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Stable code such as "PY2TS1001": 1xxx syntax, 2xxx construct, 3xxx library, 9xxx I/O. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly span: Span;
  readonly notes?: readonly string[];
}
