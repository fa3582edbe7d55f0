// State shared by the CST → AST conversion of one file: the source, where diagnostics go,
// and the comments collected on the way.

import type { Span } from "../ast/nodes.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { DiagnosticDraft } from "../diagnostics/messages.js";
import { invalidSyntax } from "../diagnostics/messages.js";
import type { CstNode } from "./cst.js";
import { spanOf } from "./cst.js";

export class ParseContext {
  /** Spans already reported, so one bad node is not reported twice. */
  private readonly reported = new Set<string>();
  private readonly pending: DiagnosticDraft[] = [];

  constructor(
    readonly source: string,
    readonly file: string,
    private readonly sink: DiagnosticSink,
  ) {}

  /** How many diagnostics this file has produced so far. */
  get reportedCount(): number {
    return this.reported.size;
  }

  report(draft: DiagnosticDraft): void {
    const key = `${draft.span.start}:${draft.span.end}:${draft.code}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.pending.push(draft);
  }

  /** Hands this file's diagnostics to the sink in source order. */
  flush(): void {
    this.pending.sort((a, b) => a.span.start - b.span.start);
    for (const draft of this.pending.splice(0)) this.sink.reportIn(this.file, draft);
  }

  /** Reports `invalid syntax` at a node the conversion cannot use; returns its span. */
  invalid(node: CstNode, draft?: (span: Span) => DiagnosticDraft): Span {
    const span = spanOf(node);
    this.report((draft ?? invalidSyntax)(span));
    return span;
  }

  invalidDraft(node: CstNode): DiagnosticDraft {
    return invalidSyntax(spanOf(node));
  }

  text(node: CstNode): string {
    return this.source.slice(node.startIndex, node.endIndex);
  }
}
