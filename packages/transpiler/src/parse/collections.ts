// Displays, comprehensions, calls and subscripts.

import type { Comprehension, Expr, Keyword } from "../ast/nodes.js";
import { argumentOrder, generatorNeedsParentheses } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import type { CstNode } from "./cst.js";
import { allKids, field, fields, hasToken, namedKids, spanOf } from "./cst.js";
import { errorExpr, expr, onlyChild } from "./expressions.js";
import { withContext } from "./targets.js";

// [a, *b] (x, y) {a, b} {k: v, **d}; `a, b` (expression_list) is a Tuple
export function collectionExpr(cx: ParseContext, node: CstNode): Expr {
  const span = spanOf(node);
  const kids = namedKids(node);
  switch (node.type) {
    case "dictionary": {
      const keys: (Expr | null)[] = [];
      const values: Expr[] = [];
      for (const kid of kids) {
        if (kid.type === "pair") {
          const key = field(kid, "key");
          const value = field(kid, "value");
          if (!key || !value) {
            cx.invalid(kid);
            continue;
          }
          keys.push(expr(cx, key));
          values.push(expr(cx, value));
        } else if (kid.type === "dictionary_splat") {
          keys.push(null);
          values.push(onlyChild(cx, kid));
        } else {
          cx.invalid(kid);
        }
      }
      return { kind: "Dict", span, keys, values };
    }
    case "set":
      return { kind: "Set", span, elts: kids.map((k) => expr(cx, k)) };
    case "list":
    case "list_pattern":
      return { kind: "List", span, elts: kids.map((k) => expr(cx, k)), ctx: "Load" };
    default:
      // `(a) = 1`: tree-sitter's tuple_pattern without a comma is only parentheses
      if (node.type === "tuple_pattern" && kids.length === 1 && !hasToken(node, ",")) return expr(cx, kids[0]);
      return { kind: "Tuple", span, elts: kids.map((k) => expr(cx, k)), ctx: "Load" };
  }
}

// [elt for x in xs if c for y in x] → ListComp(elt, [comprehension(x, xs, [c]), comprehension(y, x)])
export function comprehensionExpr(cx: ParseContext, node: CstNode): Expr {
  const span = spanOf(node);
  const body = field(node, "body");
  if (!body) return errorExpr(cx.invalid(node));
  const generators: Comprehension[] = [];
  let ifs: Expr[] = [];
  const close = (): void => {
    const last = generators.pop();
    if (last) generators.push({ ...last, ifs });
    ifs = [];
  };
  for (const kid of namedKids(node)) {
    if (kid.type === "for_in_clause") {
      close();
      generators.push(forInClause(cx, kid));
    } else if (kid.type === "if_clause") {
      ifs.push(onlyChild(cx, kid));
    }
  }
  close();
  if (generators.length === 0) return errorExpr(cx.invalid(node));
  switch (node.type) {
    case "list_comprehension":
      return { kind: "ListComp", span, elt: expr(cx, body), generators };
    case "set_comprehension":
      return { kind: "SetComp", span, elt: expr(cx, body), generators };
    case "generator_expression":
      return { kind: "GeneratorExp", span, elt: expr(cx, body), generators };
    default: {
      const key = field(body, "key");
      const value = field(body, "value");
      if (!key || !value) return errorExpr(cx.invalid(body));
      return { kind: "DictComp", span, key: expr(cx, key), value: expr(cx, value), generators };
    }
  }
}

function forInClause(cx: ParseContext, node: CstNode): Comprehension {
  const left = field(node, "left");
  const rights = fields(node, "right").filter((n) => n.isNamed);
  const target = left ? withContext(cx, expr(cx, left), "Store") : errorExpr(cx.invalid(node));
  if (rights.length !== 1) {
    // f(x for x in a, b): tree-sitter reads `a, b` as the iterable; CPython sees two arguments.
    const generator = node.parent;
    if (generator?.type === "generator_expression" && generator.parent?.type === "call" && rights.length > 1) {
      cx.report(generatorNeedsParentheses({ start: generator.startIndex + 1, end: rights[0].endIndex }));
    } else cx.invalid(node);
  }
  // [x for x in a,]: tree-sitter takes the comma into the iterable's clause; CPython rejects
  // it (and in a call, asks for parentheses around the generator).
  const comma = rights.length === 1 ? allKids(node).find((kid) => !kid.isNamed && kid.type === ",") : undefined;
  if (comma !== undefined) {
    const generator = node.parent;
    if (generator?.type === "generator_expression" && generator.parent?.type === "call") {
      cx.report(generatorNeedsParentheses({ start: generator.startIndex + 1, end: comma.endIndex }));
    } else cx.invalid(comma);
  }
  const iter = rights.length > 0 ? expr(cx, rights[0]) : errorExpr(spanOf(node));
  return { kind: "comprehension", span: spanOf(node), target, iter, ifs: [], isAsync: hasToken(node, "async") };
}

/** CPython's rules on the order of call arguments (Grammar/python.gram, invalid_arguments). */
export class ArgumentOrder {
  private keyword = false;
  private doubleStar = false;
  private readonly names = new Set<string>();

  constructor(private readonly cx: ParseContext) {}

  check(kid: CstNode): void {
    const span = spanOf(kid);
    if (kid.type === "keyword_argument") {
      this.keyword = true;
      const name = field(kid, "name")?.text ?? "";
      if (this.names.has(name)) this.cx.report(argumentOrder(span, `keyword argument repeated: ${name}`));
      this.names.add(name);
    }
    else if (kid.type === "dictionary_splat") this.doubleStar = true;
    else if (kid.type === "list_splat") {
      if (this.doubleStar) this.cx.report(argumentOrder(span, "iterable argument unpacking follows keyword argument unpacking"));
    } else if (this.doubleStar) {
      this.cx.report(argumentOrder(span, "positional argument follows keyword argument unpacking"));
    } else if (this.keyword) {
      this.cx.report(argumentOrder(span, "positional argument follows keyword argument"));
    }
    if (kid.type === "generator_expression" && !kid.text.startsWith("(")) this.cx.report(generatorNeedsParentheses(span));
  }
}

// f(a, *b, k=1, **d) → Call(f, [a, Starred(b)], [keyword(k, 1), keyword(null, d)])
export function callExpr(cx: ParseContext, node: CstNode): Expr {
  const span = spanOf(node);
  const func = field(node, "function");
  const argsNode = field(node, "arguments");
  if (!func || !argsNode) return errorExpr(cx.invalid(node));
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  if (argsNode.type === "generator_expression") {
    args.push(expr(cx, argsNode));
  } else {
    const order = new ArgumentOrder(cx);
    for (const kid of namedKids(argsNode)) {
      order.check(kid);
      if (kid.type === "keyword_argument") {
        const name = field(kid, "name");
        const value = field(kid, "value");
        if (!name || !value) {
          cx.invalid(kid);
          continue;
        }
        keywords.push({ kind: "keyword", span: spanOf(kid), arg: name.text, value: expr(cx, value) });
      } else if (kid.type === "dictionary_splat") {
        keywords.push({ kind: "keyword", span: spanOf(kid), arg: null, value: onlyChild(cx, kid) });
      } else {
        args.push(expr(cx, kid));
      }
    }
  }
  return { kind: "Call", span, func: expr(cx, func), args, keywords };
}

// a[i] a[1:2] a[1:2, ::3] (a Tuple of Slices) a[i,] (a one-element Tuple)
export function sliceOrIndex(cx: ParseContext, node: CstNode): Expr {
  const span = spanOf(node);
  if (node.type === "slice") {
    const parts: (Expr | null)[] = [null];
    for (const kid of allKids(node)) {
      if (!kid.isNamed && kid.type === ":") parts.push(null);
      else if (kid.isNamed) parts[parts.length - 1] = expr(cx, kid);
    }
    if (parts.length > 3) cx.invalid(node);
    return { kind: "Slice", span, lower: parts[0] ?? null, upper: parts[1] ?? null, step: parts[2] ?? null };
  }
  const value = field(node, "value");
  const subscripts = fields(node, "subscript");
  if (!value || subscripts.length === 0) return errorExpr(cx.invalid(node));
  const items = subscripts.map((s) => expr(cx, s));
  const tupled = items.length > 1 || hasToken(node, ",") || items[0].kind === "Starred";
  const slice: Expr = tupled
    ? { kind: "Tuple", span: { start: subscripts[0].startIndex, end: subscripts[subscripts.length - 1].endIndex }, elts: items, ctx: "Load" }
    : items[0];
  return { kind: "Subscript", span, value: expr(cx, value), slice, ctx: "Load" };
}
