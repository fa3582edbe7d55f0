// Block-structure errors tree-sitter tolerates but CPython's tokenizer and parser reject:
// empty blocks, stray indentation, `try` without handlers.

import { LineTable } from "../ast/location.js";
import { invalidSyntax, expectedExceptOrFinally, expectedIndentedBlock, unexpectedIndent, unindentMismatch } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import type { CstNode } from "./cst.js";
import { hasToken, namedKids } from "./cst.js";

/** How CPython names the statement that owns an empty block. */
function ownerName(owner: CstNode): string | null {
  switch (owner.type) {
    case "function_definition":
      return "function definition";
    case "class_definition":
      return "class definition";
    case "if_statement":
    case "for_statement":
    case "while_statement":
    case "with_statement":
    case "try_statement":
    case "match_statement":
      return `'${owner.type.replace(/_statement$/, "")}' statement`;
    case "elif_clause":
    case "else_clause":
    case "finally_clause":
    case "case_clause":
      return `'${owner.type.replace(/_clause$/, "")}' statement`;
    case "except_clause":
      return hasToken(owner, "*") ? "'except*' statement" : "'except' statement";
    default:
      return null;
  }
}

/** The first non-empty token after a node, however far up the tree it is. */
function nextToken(node: CstNode): CstNode | null {
  let current: CstNode | null = node;
  while (current) {
    let sibling = current.nextSibling;
    while (sibling && sibling.endIndex === sibling.startIndex) sibling = sibling.nextSibling;
    if (sibling) {
      let leaf = sibling;
      while (leaf.firstChild) leaf = leaf.firstChild;
      return leaf;
    }
    current = current.parent;
  }
  return null;
}

function isFirstOnLine(lines: LineTable, node: CstNode): boolean {
  const line = lines.lookup(node.startIndex).line;
  return /^[ \t\f]*$/.test(lines.lineText(line).slice(0, node.startIndex - lines.lineStart(line)));
}

function indentOf(lines: LineTable, offset: number): number {
  const start = lines.lineStart(lines.lookup(offset).line);
  return offset - start;
}

// Simple statements end at the end of their logical line; tree-sitter will read on across a
// newline (`x =` followed by `y = 1` as `x = y = 1`).
const simpleStatements = new Set([
  "expression_statement", "return_statement", "import_statement", "import_from_statement", "future_import_statement",
  "raise_statement", "assert_statement", "delete_statement", "global_statement", "nonlocal_statement", "type_alias_statement",
]);
const atomicTokens = new Set(["string", "comment", "line_continuation"]);

// Compound statements whose header (up to its block) must fit one logical line, as a simple
// statement must: `with open(p) as` ⏎ `f:` is CPython's invalid syntax, tree-sitter reads on.
const compoundHeaders = new Set([
  "if_statement", "elif_clause", "for_statement", "while_statement", "with_statement", "except_clause",
  "function_definition", "class_definition", "match_statement", "case_clause",
]);

/** The first token of a simple statement (or of a compound statement's header, with
 *  `headerOnly`) that sits on a later logical line than the first. */
function tokenPastLogicalLine(source: string, statement: CstNode, headerOnly = false): CstNode | null {
  let depth = 0;
  let previousEnd = -1;
  let found: CstNode | null = null;
  const walk = (node: CstNode): void => {
    if (found) return;
    if (node.childCount === 0 || atomicTokens.has(node.type)) {
      if (node.type === "comment" || node.type === "line_continuation" || node.startIndex === node.endIndex) return;
      if (previousEnd >= 0 && depth === 0 && /\n/.test(source.slice(previousEnd, node.startIndex).replace(/\\\r?\n/g, ""))) {
        found = node;
        return;
      }
      if (node.type === "(" || node.type === "[" || node.type === "{") depth++;
      else if (node.type === ")" || node.type === "]" || node.type === "}") depth = Math.max(0, depth - 1);
      previousEnd = node.endIndex;
      return;
    }
    for (const child of node.children) if (child) walk(child);
  };
  if (!headerOnly) walk(statement);
  else {
    for (const child of statement.children) {
      if (!child || child.type === "block" || found) break;
      walk(child);
    }
  }
  return found;
}

/** `a,` then, on the next line, an element tree-sitter took into the same list: for CPython a
 *  complete tuple statement followed by another statement ("same-indent"), or an unexpected
 *  indent ("indented"); null when the statement is broken some other way. */
function statementAfterTrailingComma(cx: ParseContext, lines: LineTable, statement: CstNode, stray: CstNode): "same-indent" | "indented" | null {
  if (statement.type !== "expression_statement" || !isFirstOnLine(lines, stray)) return null;
  const before = cx.source.slice(statement.startIndex, stray.startIndex).replace(/#[^\n]*/g, "").trimEnd();
  if (!before.endsWith(",")) return null;
  const column = indentOf(lines, stray.startIndex);
  const own = indentOf(lines, statement.startIndex);
  if (column > own) return "indented";
  if (column < own) return null;
  // The split must fall between two elements of the statement's own list, and only once.
  const kids = namedKids(statement);
  const assignment = kids.length === 1 && kids[0]!.type === "assignment" ? kids[0]! : null;
  const list = assignment ? assignment.childForFieldName("left") : statement;
  if (!list || (assignment && (assignment.childForFieldName("type") || assignment.childForFieldName("right")?.type === "assignment"))) return null;
  const elements = assignment ? namedKids(list) : kids;
  return elements.some((element) => element.startIndex === stray.startIndex) ? "same-indent" : null;
}

/** Whether only whitespace, comments and backslash-newlines separate two offsets: one logical line. */
function sameLogicalLine(source: string, from: number, to: number): boolean {
  return !/\n/.test(source.slice(from, to).replace(/\\\r?\n/g, "").replace(/#[^\n]*/g, ""));
}

export function reportLayoutErrors(cx: ParseContext, root: CstNode): void {
  const lines = new LineTable(cx.source);
  const statementsOf = (node: CstNode): CstNode[] =>
    namedKids(node).filter((k) => k.type !== "ERROR" && k.type !== "case_clause");
  const checkIndents = (container: CstNode, expected: number): void => {
    let previous: CstNode | null = null;
    // ERROR nodes are extras in web-tree-sitter, so they are looked up among all children.
    const kids = container.children.filter((k): k is CstNode => k !== null && k.isNamed && (k.isError || !k.isExtra));
    for (const stmt of kids) {
      if (stmt.type === "ERROR" || stmt.type === "case_clause") {
        previous = stmt;
        continue;
      }
      const sameLine = previous !== null && sameLogicalLine(cx.source, previous.endIndex, stmt.startIndex);
      // Two statements on one line need a ';' between them; tree-sitter does not insist.
      if (sameLine && previous && !previous.isError && !cx.source.slice(previous.endIndex, stmt.startIndex).includes(";")) {
        cx.report(invalidSyntax({ start: stmt.startIndex, end: stmt.endIndex }));
      }
      const column = indentOf(lines, stmt.startIndex);
      if (!sameLine && column !== expected) {
        // Dedenting to a column between two open blocks is CPython's "unindent" error.
        const deeper = previous ? /^[ \t]*/.exec(lines.lineText(lines.lookup(previous.endIndex).line))![0].length : 0;
        // CPython's IndentationError points one column before an indented statement and at the
        // end of the line of a bad dedent.
        const unindent = column < expected || (column < deeper && column > expected);
        const lineEnd = lines.lineStart(lines.lookup(stmt.startIndex).line) + lines.lineText(lines.lookup(stmt.startIndex).line).length;
        const at = unindent ? lineEnd : Math.max(lines.lineStart(lines.lookup(stmt.startIndex).line), stmt.startIndex - 1);
        cx.report(unindent ? unindentMismatch({ start: at, end: at }) : unexpectedIndent({ start: at, end: at + 1 }));
      }
      previous = stmt;
    }
  };
  const visit = (node: CstNode): void => {
    if (simpleStatements.has(node.type)) {
      const stray = tokenPastLogicalLine(cx.source, node);
      const after = stray ? statementAfterTrailingComma(cx, lines, node, stray) : null;
      if (stray && after === "same-indent") cx.statementBreaks.set(node.startIndex, stray.startIndex);
      // CPython's IndentationError points one column before the indented statement.
      else if (stray && after === "indented") cx.report(unexpectedIndent({ start: stray.startIndex - 1, end: stray.startIndex }));
      else if (stray) cx.report(invalidSyntax({ start: stray.startIndex, end: stray.endIndex }));
    }
    if (compoundHeaders.has(node.type)) {
      const stray = tokenPastLogicalLine(cx.source, node, true);
      // CPython's parser stops at the NEWLINE token that ends the header's line.
      const at = stray ? cx.source.lastIndexOf("\n", stray.startIndex - 1) : -1;
      if (stray) cx.report(invalidSyntax({ start: at, end: at + 1 }));
    }
    if (node.type === "block") {
      const stmts = statementsOf(node);
      const owner = node.parent;
      const name = owner ? ownerName(owner) : null;
      if (stmts.length === 0 && namedKids(node).filter((k) => k.type === "case_clause").length === 0 && owner && name) {
        const line = lines.lookup(owner.startIndex).line;
        // CPython points at the token that should have been indented, else at the line's end.
        const next = nextToken(node);
        const at = next && next.startIndex >= node.startIndex ? { start: next.startIndex, end: next.endIndex } : { start: node.startIndex, end: node.startIndex };
        cx.report(expectedIndentedBlock(at, `${name} on line ${line}`));
      } else if (stmts.length > 0 && lines.lookup(stmts[0].startIndex).line !== lines.lookup(node.previousSibling?.endIndex ?? 0).line) {
        checkIndents(node, indentOf(lines, stmts[0].startIndex));
      }
    }
    // The cases of a match line up with each other.
    if (node.type === "block" && node.parent?.type === "match_statement") {
      const cases = namedKids(node).filter((k) => k.type === "case_clause" && isFirstOnLine(lines, k));
      for (const clause of cases.slice(1)) {
        if (indentOf(lines, clause.startIndex) === indentOf(lines, cases[0].startIndex)) continue;
        const line = lines.lookup(clause.startIndex).line;
        const at = lines.lineStart(line) + lines.lineText(line).length;
        cx.report(unindentMismatch({ start: at, end: at }));
      }
    }
    // `else`/`elif`/`except`/`finally` must line up with the statement they continue.
    if (/^(elif|else|except|finally)_clause$/.test(node.type) && node.parent && isFirstOnLine(lines, node)) {
      if (indentOf(lines, node.startIndex) !== indentOf(lines, node.parent.startIndex)) {
        const line = lines.lookup(node.startIndex).line;
        const at = lines.lineStart(line) + lines.lineText(line).length;
        cx.report(unindentMismatch({ start: at, end: at }));
      }
    }
    if (node.type === "try_statement") {
      const clauses = namedKids(node).filter((k) => k.type === "except_clause" || k.type === "finally_clause");
      if (clauses.length === 0) cx.report(expectedExceptOrFinally({ start: node.endIndex, end: node.endIndex }));
    }
    for (const kid of namedKids(node)) visit(kid);
  };
  checkIndents(root, 0);
  visit(root);
}
