// Expression nodes of tree-sitter-python → ast Expr, every expression built with Load context.

import type { BinOperator, CmpOperator, Expr, Span, UnaryOperator } from "../ast/nodes.js";
import { invalidSyntax, notInPython311 } from "../diagnostics/messages.js";
import { callExpr, collectionExpr, comprehensionExpr, sliceOrIndex } from "./collections.js";
import type { ParseContext } from "./context.js";
import type { CstNode } from "./cst.js";
import { allKids, field, hasToken, namedKids, spanOf } from "./cst.js";
import { numberValue } from "./numbers.js";
import { lambdaArguments } from "./parameters.js";
import { convertStrings } from "./strings.js";

const binOps: Record<string, BinOperator> = {
  "+": "Add",
  "-": "Sub",
  "*": "Mult",
  "@": "MatMult",
  "/": "Div",
  "%": "Mod",
  "**": "Pow",
  "<<": "LShift",
  ">>": "RShift",
  "|": "BitOr",
  "^": "BitXor",
  "&": "BitAnd",
  "//": "FloorDiv",
};
export const augOps: Record<string, BinOperator> = Object.fromEntries(
  Object.entries(binOps).map(([token, op]) => [`${token}=`, op]),
);
const unaryOps: Record<string, UnaryOperator> = { "+": "UAdd", "-": "USub", "~": "Invert" };
const cmpOps: Record<string, CmpOperator> = {
  "==": "Eq",
  "!=": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
  is: "Is",
  "is not": "IsNot",
  in: "In",
  "not in": "NotIn",
};

/** A placeholder for input that could not be converted (already reported). */
export function errorExpr(span: Span): Expr {
  return { kind: "Name", span, id: "<error>", ctx: "Load" };
}

/** The one named child an expression wrapper must have. */
export function onlyChild(cx: ParseContext, node: CstNode): Expr {
  const kid = namedKids(node)[0];
  if (!kid) return errorExpr(cx.invalid(node));
  return expr(cx, kid);
}

export function expr(cx: ParseContext, node: CstNode): Expr {
  const span = spanOf(node);
  switch (node.type) {
    case "identifier":
      // tree-sitter reads a keyword it cannot place (`await ,x`) as a name; CPython cannot.
      // CPython's parser fails at the token after it.
      if (node.text === "await" || node.text === "async") {
        const at = node.endIndex + /^[ \t]*/.exec(cx.source.slice(node.endIndex))![0].length;
        cx.report(invalidSyntax({ start: at, end: at + 1 }));
      }
      return { kind: "Name", span, id: node.text, ctx: "Load" };
    case "integer":
    case "float":
      return { kind: "Constant", span, value: numberValue(cx, node.text, span) };
    case "true":
    case "false":
      return { kind: "Constant", span, value: { type: "bool", value: node.type === "true" } };
    case "none":
      return { kind: "Constant", span, value: { type: "None" } };
    case "ellipsis":
      return { kind: "Constant", span, value: { type: "Ellipsis" } };
    case "string":
    case "concatenated_string":
      return convertStrings(cx, node, expr);
    case "parenthesized_expression":
      return onlyChild(cx, node);
    case "attribute": {
      const object = field(node, "object");
      const attr = field(node, "attribute");
      if (!object || !attr) return errorExpr(cx.invalid(node));
      return { kind: "Attribute", span, value: expr(cx, object), attr: attr.text, ctx: "Load" };
    }
    case "subscript":
      return sliceOrIndex(cx, node);
    case "slice":
      return sliceOrIndex(cx, node);
    case "call":
      return callExpr(cx, node);
    case "binary_operator":
      return binaryOperators(cx, node);
    case "unary_operator": {
      const operand = field(node, "argument");
      const op = unaryOps[field(node, "operator")?.type ?? ""];
      if (!operand || !op) return errorExpr(cx.invalid(node));
      return { kind: "UnaryOp", span, op, operand: expr(cx, operand) };
    }
    case "not_operator": {
      const operand = field(node, "argument");
      if (!operand) return errorExpr(cx.invalid(node));
      return { kind: "UnaryOp", span, op: "Not", operand: expr(cx, operand) };
    }
    case "boolean_operator":
      return booleanOperator(cx, node);
    case "comparison_operator":
      return comparison(cx, node);
    case "conditional_expression": {
      const [body, test, orelse] = namedKids(node);
      if (!body || !test || !orelse) return errorExpr(cx.invalid(node));
      return { kind: "IfExp", span, test: expr(cx, test), body: expr(cx, body), orelse: expr(cx, orelse) };
    }
    case "named_expression": {
      const name = field(node, "name");
      const value = field(node, "value");
      if (!name || !value) return errorExpr(cx.invalid(node));
      return { kind: "NamedExpr", span, target: { kind: "Name", span: spanOf(name), id: name.text, ctx: "Store" }, value: expr(cx, value) };
    }
    case "lambda": {
      const body = field(node, "body");
      if (!body) return errorExpr(cx.invalid(node));
      return { kind: "Lambda", span, args: lambdaArguments(cx, node, field(node, "parameters")), body: expr(cx, body) };
    }
    case "await":
      return { kind: "Await", span, value: onlyChild(cx, node) };
    case "yield":
      return yieldExpr(cx, node);
    case "list_splat":
    case "list_splat_pattern":
    case "parenthesized_list_splat": {
      // `(1, **x)`: tree-sitter reads `**x` in a display as `*(*x)` (or `**f(y)` as
      // `*((*f)(y))`); CPython rejects the `**`.
      if (node.type === "list_splat" && cx.source.startsWith("**", node.startIndex)) return errorExpr(cx.invalid(node));
      return { kind: "Starred", span, value: onlyChild(cx, node), ctx: "Load" };
    }
    case "list":
    case "tuple":
    case "set":
    case "dictionary":
    case "expression_list":
    case "pattern_list":
    case "list_pattern":
    case "tuple_pattern":
      return collectionExpr(cx, node);
    case "list_comprehension":
    case "set_comprehension":
    case "dictionary_comprehension":
    case "generator_expression":
      return comprehensionExpr(cx, node);
    case "type":
    case "splat_type":
    case "generic_type":
    case "union_type":
    case "member_type":
    case "constrained_type":
      return typeExpr(cx, node);
    default:
      return errorExpr(cx.invalid(node));
  }
}

// Python's binary precedence; tree-sitter-python 0.25 ranks `^` above `&` (CPython: `&` binds
// tighter), so operator chains are flattened and rebuilt here by these ranks.
const binaryPrecedence: Record<BinOperator, number> = {
  BitOr: 1,
  BitXor: 2,
  BitAnd: 3,
  LShift: 4,
  RShift: 4,
  Add: 5,
  Sub: 5,
  Mult: 6,
  MatMult: 6,
  Div: 6,
  FloorDiv: 6,
  Mod: 6,
  Pow: 8,
};

// a | b ^ c & d → BinOp(a, BitOr, BinOp(b, BitXor, BinOp(c, BitAnd, d)))
function binaryOperators(cx: ParseContext, node: CstNode): Expr {
  const operands: CstNode[] = [];
  const ops: BinOperator[] = [];
  let broken = false;
  const flatten = (n: CstNode): void => {
    if (n.type !== "binary_operator") {
      operands.push(n);
      return;
    }
    const left = field(n, "left");
    const right = field(n, "right");
    const op = binOps[field(n, "operator")?.type ?? ""];
    if (!left || !right || !op) {
      broken = true;
      return;
    }
    flatten(left);
    ops.push(op);
    flatten(right);
  };
  flatten(node);
  if (broken) return errorExpr(cx.invalid(node));
  const values = operands.map((o) => expr(cx, o));
  let next = 0;
  const climb = (minPrecedence: number): Expr => {
    let left = values[next];
    while (next < ops.length && binaryPrecedence[ops[next]] >= minPrecedence) {
      const op = ops[next];
      next++;
      // ** is right-associative: its right side may hold another ** of the same rank.
      const right = climb(op === "Pow" ? binaryPrecedence[op] : binaryPrecedence[op] + 1);
      left = { kind: "BinOp", span: { start: left.span.start, end: right.span.end }, left, op, right };
    }
    return left;
  };
  return climb(0);
}

// a and b and c → BoolOp(And, [a, b, c]); parenthesised operands stay nested, as in CPython.
function booleanOperator(cx: ParseContext, node: CstNode): Expr {
  const opToken = field(node, "operator")?.type;
  const op = opToken === "and" ? "And" : "Or";
  const values: Expr[] = [];
  let current: CstNode | null = node;
  const rights: CstNode[] = [];
  while (current && current.type === "boolean_operator" && field(current, "operator")?.type === opToken) {
    const right = field(current, "right");
    if (right) rights.unshift(right);
    current = field(current, "left");
  }
  if (!current) return errorExpr(cx.invalid(node));
  values.push(expr(cx, current), ...rights.map((r) => expr(cx, r)));
  return { kind: "BoolOp", span: spanOf(node), op, values };
}

function comparison(cx: ParseContext, node: CstNode): Expr {
  const operands: Expr[] = [];
  const ops: CmpOperator[] = [];
  for (const kid of allKids(node)) {
    if (kid.isNamed) {
      operands.push(expr(cx, kid));
      continue;
    }
    const op = cmpOps[kid.type.replace(/\s+/g, " ")];
    if (op) ops.push(op);
    else cx.invalid(kid); // `<>` and other leftovers of Python 2
  }
  if (operands.length < 2 || operands.length !== ops.length + 1) return errorExpr(cx.invalid(node));
  return { kind: "Compare", span: spanOf(node), left: operands[0], ops, comparators: operands.slice(1) };
}

function yieldExpr(cx: ParseContext, node: CstNode): Expr {
  const span = spanOf(node);
  const value = namedKids(node)[0];
  if (hasToken(node, "from")) {
    if (!value) return errorExpr(cx.invalid(node));
    return { kind: "YieldFrom", span, value: expr(cx, value) };
  }
  return { kind: "Yield", span, value: value ? expr(cx, value) : null };
}

// Annotations come as `type` nodes whose generic/union forms are expressions in Python 3.11:
// list[int] → Subscript, int | None → BinOp(BitOr).
function typeExpr(cx: ParseContext, node: CstNode): Expr {
  const span = spanOf(node);
  const kids = namedKids(node);
  switch (node.type) {
    case "type":
      return kids.length === 1 ? expr(cx, kids[0]) : errorExpr(cx.invalid(node));
    case "splat_type":
      return { kind: "Starred", span, value: onlyChild(cx, node), ctx: "Load" };
    case "union_type": {
      if (kids.length !== 2) return errorExpr(cx.invalid(node));
      return { kind: "BinOp", span, left: expr(cx, kids[0]), op: "BitOr", right: expr(cx, kids[1]) };
    }
    case "generic_type": {
      const [base, params] = kids;
      if (!base || !params || params.type !== "type_parameter") return errorExpr(cx.invalid(node));
      const elts = namedKids(params).map((k) => expr(cx, k));
      const single = elts.length === 1 && !hasToken(params, ",");
      const slice: Expr = single ? elts[0] : { kind: "Tuple", span: spanOf(params), elts, ctx: "Load" };
      return { kind: "Subscript", span, value: expr(cx, base), slice, ctx: "Load" };
    }
    case "member_type": {
      const [object, attr] = kids;
      if (!object || !attr) return errorExpr(cx.invalid(node));
      return { kind: "Attribute", span, value: expr(cx, object), attr: attr.text, ctx: "Load" };
    }
    default:
      cx.report(notInPython311(span, "a constrained type parameter"));
      return errorExpr(span);
  }
}
