// The ERROR/MISSING node shapes tree-sitter-python produces, and the CPython message each
// stands for. Tokens are matched as CPython's tokenizer sees them: brackets first, then quotes.

import { LineTable } from "../ast/location.js";
import type { Span } from "../ast/nodes.js";
import type { DiagnosticDraft } from "../diagnostics/messages.js";
import {
  assignmentNotComparison,
  expectedToken,
  invalidSyntax,
  invalidNumber,
  invalidTarget,
  neverClosed,
  unmatchedBracket,
  unterminatedString,
  unterminatedTripleQuotedString,
} from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import type { CstNode, TreeCursor } from "./cst.js";
import { spanOf, withCursor } from "./cst.js";
import { numberError } from "./numbers.js";

const closers: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const openers = new Set(["(", "[", "{"]);
const compoundKeywords = new Set(["if", "elif", "else", "while", "for", "def", "class", "with", "try", "except", "finally", "async", "match", "case"]);

/** Every leaf in document order, comments excluded. */
export function leaves(root: CstNode): CstNode[] {
  const out: CstNode[] = [];
  return withCursor(root, (cursor) => {
    for (;;) {
      const node = cursor.currentNode;
      if (node.childCount === 0) {
        if (node.type !== "comment" && node !== root) out.push(node);
      } else if (cursor.gotoFirstChild()) {
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return out;
      }
    }
  });
}

export class ErrorScan {
  readonly lines: LineTable;
  readonly tokens: CstNode[];
  /** Regions whose other errors are consequences of a bracket error already reported. */
  readonly quiet: Span[] = [];
  private readonly unterminatedAt = new Map<number, DiagnosticDraft>();

  constructor(
    readonly cx: ParseContext,
    root: CstNode,
  ) {
    this.lines = new LineTable(cx.source);
    this.tokens = leaves(root);
  }

  line(offset: number): number {
    return this.lines.lookup(offset).line;
  }

  /** The first real token starting at or after `offset`. */
  tokenAt(offset: number): CstNode | null {
    return this.tokens.find((t) => t.startIndex >= offset && !t.isMissing && t.endIndex > t.startIndex) ?? null;
  }

  /** CPython's tokenizer errors about brackets, with pegen's rule: an opener left unclosed is
   *  reported as such only when the parse fails on a later line; on its own line the failure is
   *  plain invalid syntax at the token that broke it. */
  brackets(): DiagnosticDraft[] {
    const stack: CstNode[] = [];
    const found: DiagnosticDraft[] = [];
    const missing = this.tokens.filter((t) => t.isMissing && t.type in closers);
    for (const token of this.tokens) {
      if (token.isMissing || token.isNamed) continue;
      if (openers.has(token.type)) stack.push(token);
      else if (token.type in closers) {
        const open = stack[stack.length - 1];
        if (!open) found.push(unmatchedBracket(spanOf(token), token.type));
        else {
          if (open.type !== closers[token.type]) {
            found.push({
              ...invalidSyntax(spanOf(token)),
              message:
                `closing parenthesis '${token.type}' does not match opening parenthesis '${open.type}'` +
                (this.line(open.startIndex) === this.line(token.startIndex) ? "" : ` on line ${this.line(open.startIndex)}`),
            });
          }
          stack.pop();
        }
      }
    }
    for (const open of stack) {
      const index = this.tokens.findIndex((t) => t.startIndex === open.startIndex && t.type === open.type);
      const previous = index > 0 ? this.tokens[index - 1] : null;
      if (open.type === "{" && previous?.type === "string_start" && /^[a-eg-zA-EG-Z]*[fF]/.test(previous.text)) {
        // Python 3.11 reports f-string errors at the end of the line holding the string.
        const line = this.line(open.startIndex);
        const end = this.lines.lineStart(line) + this.lines.lineText(line).length;
        found.push({ ...invalidSyntax({ start: end, end }), message: "f-string: expecting '}'" });
        this.quiet.push({ start: previous.startIndex, end });
        continue;
      }
      const closer = missing.find((m) => m.startIndex >= open.endIndex);
      const next = closer ? this.tokenAt(closer.startIndex) : null;
      if (next && this.line(next.startIndex) === this.line(open.startIndex)) found.push(invalidSyntax(spanOf(next)));
      else found.push(neverClosed(spanOf(open), open.type));
    }
    return found;
  }

  unterminated(start: CstNode): DiagnosticDraft {
    // One draft per quote: the silencing below is keyed to this very object.
    const known = this.unterminatedAt.get(start.startIndex);
    if (known) return known;
    const triple = /("""|''')$/.test(start.text);
    const span = spanOf(start);
    const detected = triple ? this.line(Math.max(0, this.cx.source.length - 1)) : this.line(start.startIndex);
    const draft = triple ? unterminatedTripleQuotedString(span, detected) : unterminatedString(span, detected);
    this.silenceLine(start.startIndex, draft, { toEnd: triple });
    this.unterminatedAt.set(start.startIndex, draft);
    return draft;
  }

  /** A backslash not at the end of a line (CPython's tokenizer error). */
  strayBackslash(token: CstNode): DiagnosticDraft {
    const at = token.startIndex + 1;
    const draft = { ...invalidSyntax({ start: at, end: at }), message: "unexpected character after line continuation character" };
    this.silenceLine(at, draft, { toEnd: false });
    return draft;
  }

  /** Errors elsewhere on this line (or to the end, for a triple quote) follow from `cause`. */
  silenceLine(offset: number, cause: DiagnosticDraft, options: { readonly toEnd: boolean }): void {
    const line = this.line(offset);
    const end = options.toEnd ? this.cx.source.length : this.lines.lineStart(line) + this.lines.lineText(line).length;
    this.cx.silence({ start: this.lines.lineStart(line), end }, cause);
  }

  missing(node: CstNode): DiagnosticDraft {
    const span = spanOf(node);
    if (node.type === "string_end") {
      const start = node.parent?.firstChild;
      if (start) return this.unterminated(start);
    }
    if (node.parent?.type === "interpolation") {
      const str = node.parent.parent;
      const end = str ? str.endIndex : span.end;
      return { ...invalidSyntax({ start: end, end }), message: "f-string: empty expression not allowed" };
    }
    if (!node.isNamed && /^[:=,.]$|^(in|import|as)$/.test(node.type)) return expectedToken(span, node.type);
    return invalidSyntax(span);
  }

  /** An ERROR node: a few shapes get CPython's specific wording, the rest "invalid syntax". */
  error(node: CstNode): DiagnosticDraft {
    const kids = Array.from({ length: node.childCount }, (_, i) => node.child(i)).filter((k): k is CstNode => k !== null && !k.isExtra);
    const stringStart = kids.find((k) => k.type === "string_start");
    if (stringStart) return this.unterminated(stringStart);
    const number = this.badNumber(node);
    if (number) return number;
    if (this.cx.text(node).startsWith("\\") && node.childCount === 0) return this.strayBackslash(node);
    const before = node.previousSibling;
    // [1 2], f(a b): two expressions side by side inside brackets
    const container = node.parent?.type ?? "";
    if (before?.isNamed && /^(list|tuple|set|argument_list|parenthesized_expression|expression_list)$/.test(container) && kids[0]?.isNamed) {
      return { ...invalidSyntax({ start: before.startIndex, end: node.endIndex }), message: "invalid syntax. Perhaps you forgot a comma?" };
    }
    if (before && !before.isNamed && /^(else|try|finally)$/.test(before.type)) {
      return expectedToken({ start: node.startIndex, end: node.startIndex }, ":");
    }
    const text = this.cx.text(node);
    if (/^print\s+[^\s(=]/.test(text)) {
      return { ...invalidSyntax(spanOf(node)), message: "Missing parentheses in call to 'print'. Did you mean print(...)?" };
    }
    const atStatementLevel = node.parent?.type === "module" || node.parent?.type === "block";
    const inner = leaves(node);
    if (atStatementLevel && inner.length > 0) {
      const first = inner[0];
      // A clause with no statement to belong to: CPython stops at its keyword.
      if (/^(else|elif|except|finally)$/.test(first.type) && kids[0].startIndex === first.startIndex) return invalidSyntax(spanOf(first));
      if (kids.length === 2 && kids[0].isNamed && kids[1].type === "=") return this.badAssignment(kids[0]);
      // tree-sitter wraps the valid prefix of a broken statement: the error is at the next token
      const next = this.tokenAt(node.endIndex);
      if (next && this.line(next.startIndex) === this.line(node.endIndex)) return invalidSyntax(spanOf(next));
      return invalidSyntax({ start: node.endIndex, end: node.endIndex });
    }
    const first = inner.find((t) => t.endIndex > t.startIndex);
    return invalidSyntax(first ? spanOf(first) : spanOf(node));
  }

  /** `if x` / `def f()` / `class C` with no ':' before the end of the header's line. */
  missingColon(node: CstNode): DiagnosticDraft | null {
    const atStatementLevel = node.parent?.type === "module" || node.parent?.type === "block";
    const inner = leaves(node);
    const first = inner[0];
    if (!atStatementLevel || !first || !compoundKeywords.has(first.type)) return null;
    // `else`, `try` and `finally` take no expression: the ':' must come right after them.
    if (/^(else|try|finally)$/.test(first.type) && inner[1] && inner[1].type !== ":") {
      return expectedToken({ start: first.endIndex, end: first.endIndex }, ":");
    }
    const header = inner.filter((t) => this.line(t.startIndex) === this.line(first.startIndex));
    if (header.some((t) => t.type === ":")) return null;
    const last = header[header.length - 1];
    // A header that is itself broken (`if a b`, a bare `if`) is plain invalid syntax in CPython.
    if (header.length === 1) {
      const line = this.line(first.startIndex);
      const end = this.lines.lineStart(line) + this.lines.lineText(line).length;
      return invalidSyntax({ start: end, end });
    }
    for (let i = 2; i < header.length; i++) {
      if (endsAtom(header[i - 1]) && startsAtom(header[i])) return invalidSyntax(spanOf(header[i]));
    }
    return expectedToken({ start: last.endIndex, end: last.endIndex }, ":");
  }

  /** `0b2`, `0x`, `1__0`: tree-sitter stops the number early and the rest sticks to it. */
  badNumber(node: CstNode): DiagnosticDraft | null {
    const inner = leaves(node);
    const last = inner[inner.length - 1];
    if (!last || (last.type !== "integer" && last.type !== "float")) return null;
    const next = this.tokenAt(last.endIndex);
    if (!next || next.startIndex !== last.endIndex || !/^[0-9A-Za-z_.]/.test(next.text)) return null;
    const text = last.text + next.text;
    return invalidNumber({ start: last.startIndex, end: next.endIndex }, numberError(text));
  }

  badAssignment(target: CstNode): DiagnosticDraft {
    const span = spanOf(target);
    switch (target.type) {
      case "none":
        return invalidTarget(span, "assign to", "None");
      case "true":
      case "false":
        return invalidTarget(span, "assign to", target.type === "true" ? "True" : "False");
      case "call":
        return assignmentNotComparison(span, "function call");
      case "integer":
      case "float":
      case "string":
      case "concatenated_string":
        return assignmentNotComparison(span, "literal");
      default:
        return assignmentNotComparison(span, "expression");
    }
  }
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

const atomTypes = new Set(["identifier", "integer", "float", "true", "false", "none"]);

function endsAtom(token: CstNode): boolean {
  return atomTypes.has(token.type) || /^[)\]}]$/.test(token.type) || token.type === "string_end";
}

function startsAtom(token: CstNode): boolean {
  return atomTypes.has(token.type) || token.type === "string_start";
}
