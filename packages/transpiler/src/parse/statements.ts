// Statements: blocks, simple statements and imports. Compound statements are in compound.ts.

import type { Alias, Expr, Stmt } from "../ast/nodes.js";
import { invalidSyntax, missingPrintParentheses, notInPython311 } from "../diagnostics/messages.js";
import { compoundStatement } from "./compound.js";
import type { ParseContext } from "./context.js";
import type { CstNode } from "./cst.js";
import { allKids, field, fields, hasToken, namedKids, spanOf } from "./cst.js";
import { augOps, errorExpr, expr } from "./expressions.js";
import { withContext } from "./targets.js";

/** The statements of a block or module; ERROR nodes are skipped (syntax-errors.ts reports them). */
export function statements(cx: ParseContext, nodes: readonly CstNode[]): Stmt[] {
  const out: Stmt[] = [];
  for (const node of nodes) {
    if (node.type === "ERROR" || node.type === "case_clause") continue;
    out.push(...statement(cx, node));
  }
  return out;
}

export function block(cx: ParseContext, node: CstNode | null): Stmt[] {
  return node ? statements(cx, namedKids(node)) : [];
}

function statement(cx: ParseContext, node: CstNode): Stmt[] {
  const span = spanOf(node);
  switch (node.type) {
    case "expression_statement": {
      const at = cx.statementBreaks.get(node.startIndex);
      return at === undefined ? [expressionStatement(cx, node)] : splitStatement(cx, node, at);
    }
    case "pass_statement":
      return [{ kind: "Pass", span }];
    case "break_statement":
      return [{ kind: "Break", span }];
    case "continue_statement":
      return [{ kind: "Continue", span }];
    case "return_statement": {
      const value = namedKids(node)[0];
      return [{ kind: "Return", span, value: value ? expr(cx, value) : null }];
    }
    case "delete_statement": {
      const target = namedKids(node)[0];
      if (!target) return [];
      const targets = target.type === "expression_list" ? namedKids(target) : [target];
      return [{ kind: "Delete", span, targets: targets.map((t) => withContext(cx, expr(cx, t), "Del")) }];
    }
    case "raise_statement": {
      const cause = field(node, "cause");
      const exc = namedKids(node).find((k) => k !== cause && k.startIndex !== cause?.startIndex);
      // tree-sitter reads `raise A, B` (Python 2) as raising a tuple; CPython rejects it.
      if (exc?.type === "expression_list") cx.report(invalidSyntax(spanOf(exc)));
      return [{ kind: "Raise", span, exc: exc ? expr(cx, exc) : null, cause: cause ? expr(cx, cause) : null }];
    }
    case "assert_statement": {
      const [test, msg] = namedKids(node);
      if (!test) return [];
      return [{ kind: "Assert", span, test: expr(cx, test), msg: msg ? expr(cx, msg) : null }];
    }
    case "global_statement":
    case "nonlocal_statement": {
      const names = namedKids(node).map((n) => n.text);
      return [{ kind: node.type === "global_statement" ? "Global" : "Nonlocal", span, names }];
    }
    case "import_statement":
      return [{ kind: "Import", span, names: fields(node, "name").map((n) => alias(n)) }];
    case "import_from_statement":
    case "future_import_statement":
      return [importFrom(cx, node)];
    case "print_statement":
    case "exec_statement":
      cx.report(
        node.type === "print_statement"
          ? missingPrintParentheses(span)
          : { ...invalidSyntax(span), message: "Missing parentheses in call to 'exec'. Did you mean exec(...)?" },
      );
      return [];
    case "type_alias_statement":
      cx.report(notInPython311(spanOf(field(node, "left") ?? node), "the `type` statement"));
      return [];
    default: {
      const compound = compoundStatement(cx, node);
      if (compound) return [compound];
      cx.invalid(node);
      return [];
    }
  }
}

// a = b = 1 → Assign([a, b], 1); x: int = 1 → AnnAssign; x += 1 → AugAssign; a, b → Tuple
function expressionStatement(cx: ParseContext, node: CstNode): Stmt {
  const span = spanOf(node);
  const kids = namedKids(node);
  if (kids.length === 1 && kids[0].type === "assignment") return assignment(cx, kids[0]);
  if (kids.length === 1 && kids[0].type === "augmented_assignment") {
    const inner = kids[0];
    const left = field(inner, "left");
    const right = field(inner, "right");
    const op = augOps[field(inner, "operator")?.type ?? ""];
    if (!left || !right || !op) return { kind: "ExprStmt", span, value: errorExpr(cx.invalid(inner)) };
    const target = rightValue(cx, left);
    if (target.kind === "Tuple" || target.kind === "List" || target.kind === "Starred") {
      cx.report({ ...invalidSyntax(target.span), message: `'${target.kind.toLowerCase()}' is an illegal expression for augmented assignment` });
    }
    return { kind: "AugAssign", span, target: withContext(cx, target, "Store"), op, value: rightValue(cx, right) };
  }
  if (kids.length === 1 && kids[0].type === "named_expression") {
    // `a := 1` as a statement needs parentheses in Python
    const walrus = kids[0].children.find((c) => c !== null && c.type === ":=");
    cx.report(invalidSyntax(walrus ? spanOf(walrus) : spanOf(kids[0])));
  }
  if (kids.length === 1 && !hasToken(node, ",")) return { kind: "ExprStmt", span, value: expr(cx, kids[0]) };
  return { kind: "ExprStmt", span, value: { kind: "Tuple", span, elts: kids.map((k) => expr(cx, k)), ctx: "Load" } };
}

/** `a,` ⏎ `p = 2` (see ParseContext.statementBreaks): the tuple `(a,)` as a statement, then
 *  the rest of what tree-sitter read as one list, as the statement it is. */
function splitStatement(cx: ParseContext, node: CstNode, at: number): Stmt[] {
  const kids = namedKids(node);
  const assignment = kids.length === 1 && kids[0]!.type === "assignment" ? kids[0]! : null;
  const left = assignment ? field(assignment, "left") : null;
  const elements = left ? namedKids(left) : kids;
  const head = elements.filter((element) => element.startIndex < at);
  const tail = elements.filter((element) => element.startIndex >= at);
  const headSpan = { start: node.startIndex, end: head[head.length - 1]!.endIndex + 1 };
  const first: Stmt = { kind: "ExprStmt", span: headSpan, value: { kind: "Tuple", span: headSpan, elts: head.map((k) => expr(cx, k)), ctx: "Load" } };
  // A comma after the last element keeps a single one a tuple: `a,` ⏎ `b, = t`.
  const listEnd = left ? left.endIndex : node.endIndex;
  const trailingComma = cx.source.slice(tail[tail.length - 1]!.endIndex, listEnd).includes(",");
  const tailSpan = { start: tail[0]!.startIndex, end: listEnd };
  const rest: Expr =
    tail.length === 1 && !trailingComma ? expr(cx, tail[0]!) : { kind: "Tuple", span: tailSpan, elts: tail.map((k) => expr(cx, k)), ctx: "Load" };
  const right = assignment ? field(assignment, "right") : null;
  if (!assignment || !right) return [first, { kind: "ExprStmt", span: { start: tailSpan.start, end: node.endIndex }, value: rest }];
  const span = { start: tailSpan.start, end: node.endIndex };
  return [first, { kind: "Assign", span, targets: [withContext(cx, rest, "Store")], value: rightValue(cx, right) }];
}

function rightValue(cx: ParseContext, node: CstNode): Expr {
  if (node.type === "assignment" || node.type === "augmented_assignment") return errorExpr(cx.invalid(node));
  return expr(cx, node);
}

function assignment(cx: ParseContext, node: CstNode): Stmt {
  const span = spanOf(node);
  const type = field(node, "type");
  const left = field(node, "left");
  if (!left) return { kind: "ExprStmt", span, value: errorExpr(cx.invalid(node)) };
  if (type) {
    // `x:` then a newline: tree-sitter takes the next line as the annotation.
    const gap = cx.source.slice(left.endIndex, type.startIndex);
    if (/\n/.test(gap.replace(/\\\r?\n/g, ""))) {
      const colon = left.endIndex + gap.indexOf(":") + 1;
      cx.report(invalidSyntax({ start: colon, end: colon }));
    }
    const right = field(node, "right");
    const targetNode = left;
    const target = withContext(cx, expr(cx, targetNode), "Store");
    if (target.kind === "Tuple" || target.kind === "List") {
      cx.report({ ...invalidSyntax(target.span), message: `only single target (not ${target.kind.toLowerCase()}) can be annotated` });
    }
    return { kind: "AnnAssign", span, target, annotation: expr(cx, type), value: right ? rightValue(cx, right) : null };
  }
  const targets: Expr[] = [];
  let current: CstNode = node;
  for (;;) {
    const l = field(current, "left");
    const r = field(current, "right");
    if (!l || !r) return { kind: "ExprStmt", span, value: errorExpr(cx.invalid(current)) };
    targets.push(withContext(cx, expr(cx, l), "Store"));
    if (r.type === "assignment" && !field(r, "type")) {
      current = r;
      continue;
    }
    return { kind: "Assign", span, targets, value: rightValue(cx, r) };
  }
}

function dotted(node: CstNode): string {
  return namedKids(node)
    .map((n) => n.text)
    .join(".");
}

function alias(node: CstNode): Alias {
  const span = spanOf(node);
  if (node.type === "aliased_import") {
    const name = field(node, "name");
    return { kind: "alias", span, name: name ? dotted(name) : "", asname: field(node, "alias")?.text ?? null };
  }
  return { kind: "alias", span, name: dotted(node), asname: null };
}

// from ..a.b import c as d → ImportFrom("a.b", [alias(c, d)], level 2)
function importFrom(cx: ParseContext, node: CstNode): Stmt {
  const span = spanOf(node);
  if (node.type === "future_import_statement") {
    return { kind: "ImportFrom", span, module: "__future__", names: fields(node, "name").map((n) => alias(n)), level: 0 };
  }
  const moduleNode = field(node, "module_name");
  let module: string | null = null;
  let level = 0;
  if (moduleNode?.type === "relative_import") {
    for (const kid of namedKids(moduleNode)) {
      if (kid.type === "import_prefix") level = allKids(kid).reduce((n, dot) => n + dot.text.length, 0);
      else if (kid.type === "dotted_name") module = dotted(kid);
    }
  } else if (moduleNode) {
    module = dotted(moduleNode);
  }
  const wildcard = namedKids(node).find((k) => k.type === "wildcard_import");
  const names: Alias[] = wildcard
    ? [{ kind: "alias", span: spanOf(wildcard), name: "*", asname: null }]
    : fields(node, "name").map((n) => alias(n));
  if (names.length === 0) cx.invalid(node);
  return { kind: "ImportFrom", span, module, names, level };
}
