// Turns tree-sitter's ERROR and MISSING nodes into located diagnostics worded like CPython's
// SyntaxError. Brackets are matched over the tokens first, as CPython's tokenizer does, so an
// unclosed or stray bracket gets its own message instead of a vague "invalid syntax".

import type { Span } from "../ast/nodes.js";
import { invalidSyntax } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import type { CstNode, TreeCursor } from "./cst.js";
import { field, spanOf, withCursor } from "./cst.js";
import { ErrorScan, leaves, overlaps } from "./error-scan.js";
import { reportLayoutErrors } from "./layout-errors.js";

const closers = new Set([")", "]", "}"]);

/** `f(,)`, `[1,,2]`: tree-sitter lets a comma stand without an element before it. */
function reportStrayCommas(cx: ParseContext, root: CstNode): void {
  withCursor(root, (cursor) => strayCommas(cx, cursor));
}

function strayCommas(cx: ParseContext, cursor: TreeCursor): void {
  for (;;) {
    // cursor.nodeType avoids materialising a Node for every position of a large tree
    if (cursor.nodeType === "," && !cursor.nodeIsNamed) {
      const node = cursor.currentNode;
      const before = node.previousSibling;
      if (before && !before.isNamed && /^[,([{]$/.test(before.type)) cx.report(invalidSyntax(spanOf(node)));
      // `import a,` and `global a,` may not end in a comma
      const after = node.nextSibling;
      const owner = node.parent?.type ?? "";
      if (!after && /^(import_statement|global_statement|nonlocal_statement|import_from_statement)$/.test(owner)) {
        cx.report(invalidSyntax({ start: node.endIndex, end: node.endIndex }));
      }
    }
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return;
    }
  }
}

export function reportSyntaxErrors(cx: ParseContext, root: CstNode): void {
  reportLayoutErrors(cx, root);
  reportStrayCommas(cx, root);
  const last = root.lastChild;
  if (last?.type === "line_continuation" && /^\s*$/.test(cx.source.slice(last.endIndex))) {
    cx.report({ ...invalidSyntax({ start: last.endIndex - 1, end: last.endIndex }), message: "unexpected EOF while parsing" });
  }
  if (!root.hasError) return;
  const scan = new ErrorScan(cx, root);
  const brackets = scan.brackets();
  // A quote that opens no string node is an unterminated string, wherever recovery put it
  // (except the closing quote of an f-string whose field is left open).
  for (const token of scan.tokens) {
    if (token.type === "\\" || (token.isError && token.text === "\\")) cx.report(scan.strayBackslash(token));
    if (token.type !== "string_start" || token.parent?.type === "string") continue;
    if (!scan.quiet.some((q) => overlaps(spanOf(token), q))) cx.report(scan.unterminated(token));
  }
  for (const draft of brackets) cx.report(draft);
  const covered = (span: Span): boolean => [...brackets.map((b) => b.span), ...scan.quiet].some((q) => overlaps(span, q));
  const visit = (node: CstNode): void => {
    if (node.isMissing) {
      if (!closers.has(node.type) && !covered(spanOf(node))) cx.report(scan.missing(node));
      return;
    }
    if (isFieldSpec(node)) return;
    if (node.isError) {
      const header = scan.missingColon(node);
      if (header) {
        cx.report(header);
        return;
      }
      const nested = leaves(node).length > 0 && hasNestedError(node);
      if (nested) {
        for (let i = 0; i < node.childCount; i++) {
          const child = node.child(i);
          if (child) visit(child);
        }
      } else if (!covered(spanOf(node))) cx.report(scan.error(node));
      return;
    }
    if (!node.hasError) return;
    for (let i = 0; i < node.childCount; i++) {
      const child = node.child(i);
      if (child) visit(child);
    }
  };
  visit(root);
}

/** Inside `{x:=^10}`, read by tree-sitter as a walrus; strings.ts takes it as a format spec. */
function isFieldSpec(node: CstNode): boolean {
  const parent = node.parent;
  if (parent?.type !== "interpolation") return false;
  // The rest of such a spec (`f` of `{x:=+12.2f}`) is left in an ERROR beside the walrus.
  return node.type === "named_expression" || (node.isError && field(parent, "expression")?.type === "named_expression");
}

/** An ERROR holding another ERROR: the inner one is where the input really broke. */
function hasNestedError(node: CstNode): boolean {
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child && (child.isError || (child.hasError && hasNestedError(child)))) return true;
  }
  return false;
}
