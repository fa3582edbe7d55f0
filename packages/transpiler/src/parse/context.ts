// State shared by the CST → AST conversion of one file: the source, where diagnostics go,
// and the comments collected on the way.

import type { Span } from "../ast/nodes.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import type { DiagnosticDraft } from "../diagnostics/messages.js";
import { invalidSyntax, neverClosed } from "../diagnostics/messages.js";
import type { CstNode } from "./cst.js";
import { spanOf } from "./cst.js";

export class ParseContext {
  /** Spans already reported, so one bad node is not reported twice. */
  private readonly reported = new Set<string>();
  private readonly pending: DiagnosticDraft[] = [];
  private readonly silenced: { readonly region: Span; readonly cause: DiagnosticDraft }[] = [];

  /** `a,` ending a line, then another statement at the same indentation: tree-sitter reads the
   *  two as one (`a, p = 2`); CPython as two. Statement start → where the second begins. */
  readonly statementBreaks = new Map<number, number>();

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

  /**
   * Marks a region as explained by one tokenizer-level error (an unterminated string, a stray
   * backslash): CPython stops there, and tree-sitter's recovery in that region is noise.
   */
  silence(region: Span, cause: DiagnosticDraft): void {
    this.silenced.push({ region, cause });
  }

  /** Hands this file's diagnostics to the sink in source order. */
  flush(): void {
    // "'(' was never closed" is found at end of file, so a tokenizer error anywhere comes first.
    const neverClosedCode = neverClosed({ start: 0, end: 0 }, "(").code;
    const causes = new Set(this.silenced.map((s) => `${s.cause.code}@${s.cause.span.start}`));
    const isCause = (draft: DiagnosticDraft): boolean => causes.has(`${draft.code}@${draft.span.start}`);
    const kept = this.pending.filter(
      (draft) =>
        isCause(draft) ||
        (!(draft.code === neverClosedCode && this.silenced.length > 0) &&
          this.silenced.every(({ region }) => draft.span.end < region.start || draft.span.start > region.end)),
    );
    this.pending.splice(0, this.pending.length, ...kept);
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
