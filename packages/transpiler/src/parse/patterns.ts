// `match` statements and their patterns → MatchValue/MatchSingleton/MatchSequence/MatchMapping/
// MatchClass/MatchStar/MatchAs/MatchOr, as CPython's parser builds them.

import type { Expr, MatchCase, Pattern, Span, Stmt } from "../ast/nodes.js";
import type { ParseContext } from "./context.js";
import type { CstNode } from "./cst.js";
import { allKids, field, fields, hasToken, namedKids, spanOf } from "./cst.js";
import { errorExpr, expr } from "./expressions.js";
import { block } from "./statements.js";

export function matchStatement(cx: ParseContext, node: CstNode): Stmt {
  const subjects = fields(node, "subject");
  const span = spanOf(node);
  const subjectList = subjects.map((s) => expr(cx, s));
  const subject: Expr =
    subjectList.length === 1 && !hasToken(node, ",")
      ? subjectList[0]
      : { kind: "Tuple", span: spanFromList(subjectList, span), elts: subjectList, ctx: "Load" };
  const body = field(node, "body");
  const cases = body ? fields(body, "alternative").map((c) => matchCase(cx, c)) : [];
  return { kind: "Match", span, subject, cases };
}

function spanFromList(items: readonly { readonly span: Span }[], fallback: Span): Span {
  return items.length > 0 ? { start: items[0].span.start, end: items[items.length - 1].span.end } : fallback;
}

// case 1, 2 if g: …  →  match_case(MatchSequence([1, 2]), g, …)
function matchCase(cx: ParseContext, node: CstNode): MatchCase {
  const span = spanOf(node);
  const patternNodes = namedKids(node).filter((k) => k.type === "case_pattern");
  const patterns = patternNodes.map((p) => pattern(cx, p));
  const sequence = patterns.length > 1 || hasToken(node, ",");
  const whole: Pattern = sequence
    ? { kind: "MatchSequence", span: spanFromList(patterns, span), patterns }
    : (patterns[0] ?? { kind: "MatchAs", span, pattern: null, name: null });
  const guardNode = field(node, "guard");
  const guardExpr = guardNode ? namedKids(guardNode)[0] : null;
  return {
    kind: "match_case",
    span,
    pattern: whole,
    guard: guardExpr ? expr(cx, guardExpr) : null,
    body: block(cx, field(node, "consequence")),
  };
}

interface Item {
  readonly node: CstNode;
  readonly negative: CstNode | null;
}

/** The pattern operands of a node, pairing a `-` token with the number after it. */
function items(node: CstNode): Item[] {
  const out: Item[] = [];
  let negative: CstNode | null = null;
  for (const kid of allKids(node)) {
    if (!kid.isNamed && kid.type === "-") negative = kid;
    else if (kid.isNamed || kid.type === "_") {
      out.push({ node: kid, negative });
      negative = null;
    }
  }
  return out;
}

function pattern(cx: ParseContext, node: CstNode, negative: CstNode | null = null): Pattern {
  const span: Span = { start: (negative ?? node).startIndex, end: node.endIndex };
  switch (node.type) {
    case "case_pattern": {
      const inner = items(node);
      if (inner.length !== 1) return invalidPattern(cx, node);
      return pattern(cx, inner[0].node, inner[0].negative);
    }
    case "_":
      return { kind: "MatchAs", span, pattern: null, name: null };
    case "dotted_name": {
      const parts = namedKids(node);
      if (parts.length === 1) return { kind: "MatchAs", span, pattern: null, name: parts[0].text };
      return { kind: "MatchValue", span, value: dottedExpr(node) };
    }
    case "integer":
    case "float":
    case "string":
    case "concatenated_string":
    case "complex_pattern":
      return { kind: "MatchValue", span, value: literal(cx, node, negative) };
    case "none":
      return { kind: "MatchSingleton", span, value: { type: "None" } };
    case "true":
    case "false":
      return { kind: "MatchSingleton", span, value: { type: "bool", value: node.type === "true" } };
    case "union_pattern": {
      const patterns: Pattern[] = [];
      for (const item of items(node)) {
        const p = pattern(cx, item.node, item.negative);
        if (p.kind === "MatchOr") patterns.push(...p.patterns);
        else patterns.push(p);
      }
      return { kind: "MatchOr", span, patterns };
    }
    case "as_pattern": {
      const [inner, name] = namedKids(node);
      if (!inner || !name) return invalidPattern(cx, node);
      return { kind: "MatchAs", span, pattern: pattern(cx, inner), name: name.text };
    }
    case "list_pattern":
    case "tuple_pattern": {
      const inner = items(node).map((i) => pattern(cx, i.node, i.negative));
      // `(p)` is a group, not a one-element sequence
      if (node.type === "tuple_pattern" && inner.length === 1 && !hasToken(node, ",")) return inner[0];
      return { kind: "MatchSequence", span, patterns: inner };
    }
    case "splat_pattern": {
      const name = namedKids(node)[0];
      return { kind: "MatchStar", span, name: name ? name.text : null };
    }
    case "dict_pattern":
      return mappingPattern(cx, node);
    case "class_pattern":
      return classPattern(cx, node);
    default:
      return invalidPattern(cx, node);
  }
}

function invalidPattern(cx: ParseContext, node: CstNode): Pattern {
  const span = cx.invalid(node);
  return { kind: "MatchAs", span, pattern: null, name: null };
}

function dottedExpr(node: CstNode): Expr {
  const [first, ...rest] = namedKids(node);
  let value: Expr = { kind: "Name", span: spanOf(first), id: first.text, ctx: "Load" };
  for (const part of rest) {
    value = { kind: "Attribute", span: { start: node.startIndex, end: part.endIndex }, value, attr: part.text, ctx: "Load" };
  }
  return value;
}

// -1 → UnaryOp(USub, 1); 3 + 4j → BinOp(3, Add, 4j); a.b → Attribute
function literal(cx: ParseContext, node: CstNode, negative: CstNode | null): Expr {
  let value: Expr;
  if (node.type === "complex_pattern") {
    const parts = items(node);
    const operator = allKids(node).filter((k) => !k.isNamed && (k.type === "+" || k.type === "-")).pop();
    if (parts.length !== 2 || !operator) return errorExpr(cx.invalid(node));
    value = {
      kind: "BinOp",
      span: spanOf(node),
      left: literal(cx, parts[0].node, parts[0].negative),
      op: operator.type === "+" ? "Add" : "Sub",
      right: expr(cx, parts[1].node),
    };
  } else if (node.type === "dotted_name") {
    value = dottedExpr(node);
  } else {
    value = expr(cx, node);
  }
  if (!negative) return value;
  return { kind: "UnaryOp", span: { start: negative.startIndex, end: node.endIndex }, op: "USub", operand: value };
}

// {"k": v, **rest} → MatchMapping(["k"], [v], "rest")
function mappingPattern(cx: ParseContext, node: CstNode): Pattern {
  const keys: Expr[] = [];
  const patterns: Pattern[] = [];
  let rest: string | null = null;
  let negative: CstNode | null = null;
  for (let i = 0; i < node.childCount; i++) {
    const kid = node.child(i);
    if (!kid || kid.isExtra) continue;
    const fieldName = node.fieldNameForChild(i);
    if (fieldName === "key") {
      if (!kid.isNamed && kid.type === "-") negative = kid;
      else {
        keys.push(literal(cx, kid, negative));
        negative = null;
      }
    } else if (fieldName === "value") {
      patterns.push(pattern(cx, kid));
    } else if (kid.type === "splat_pattern") {
      rest = namedKids(kid)[0]?.text ?? null;
    }
  }
  if (keys.length !== patterns.length) cx.invalid(node);
  return { kind: "MatchMapping", span: spanOf(node), keys, patterns, rest };
}

// Point(1, y=2) → MatchClass(Point, [1], ["y"], [2])
function classPattern(cx: ParseContext, node: CstNode): Pattern {
  const [clsNode, ...args] = namedKids(node);
  const patterns: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  for (const arg of args) {
    const inner = arg.type === "case_pattern" ? namedKids(arg)[0] : arg;
    if (inner?.type === "keyword_pattern") {
      const [name, ...valueParts] = items(inner);
      const value = valueParts[0];
      if (!name || !value) {
        cx.invalid(inner);
        continue;
      }
      kwdAttrs.push(name.node.text);
      kwdPatterns.push(pattern(cx, value.node, value.negative));
    } else {
      if (kwdAttrs.length > 0) cx.report({ ...cx.invalidDraft(arg), message: "positional patterns follow keyword patterns" });
      patterns.push(pattern(cx, arg));
    }
  }
  const cls = clsNode?.type === "dotted_name" ? dottedExpr(clsNode) : errorExpr(cx.invalid(node));
  return { kind: "MatchClass", span: spanOf(node), cls, patterns, kwdAttrs, kwdPatterns };
}
