// Expression context: the converter builds every expression as Load; assignment, `del`, `for`
// and `with ... as` targets are rewritten here to Store/Del, checking that each is assignable.

import type { Expr, ExprContext } from "../ast/nodes.js";
import { invalidTarget } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";

const describe: Partial<Record<Expr["kind"], string>> = {
  Constant: "literal",
  Call: "function call",
  BinOp: "expression",
  UnaryOp: "expression",
  BoolOp: "expression",
  Compare: "comparison",
  Lambda: "lambda",
  IfExp: "conditional expression",
  NamedExpr: "named expression",
  Dict: "dict literal",
  Set: "set display",
  ListComp: "list comprehension",
  SetComp: "set comprehension",
  DictComp: "dict comprehension",
  GeneratorExp: "generator expression",
  Await: "await expression",
  Yield: "yield expression",
  YieldFrom: "yield expression",
  JoinedStr: "f-string expression",
  FormattedValue: "f-string expression",
};

export function withContext(cx: ParseContext, expr: Expr, ctx: ExprContext): Expr {
  switch (expr.kind) {
    case "Name":
    case "Attribute":
    case "Subscript":
      return { ...expr, ctx };
    case "Starred":
      if (ctx === "Del") cx.report(invalidTarget(expr.span, "delete", "starred"));
      return { ...expr, ctx, value: withContext(cx, expr.value, ctx) };
    case "List":
    case "Tuple":
      return { ...expr, ctx, elts: expr.elts.map((e) => withContext(cx, e, ctx)) };
    default: {
      let what = describe[expr.kind] ?? "expression";
      if (expr.kind === "Constant") {
        const v = expr.value;
        if (v.type === "None" || v.type === "bool") what = String(v.type === "None" ? "None" : v.value ? "True" : "False");
        if (v.type === "Ellipsis") what = "ellipsis";
      }
      cx.report(invalidTarget(expr.span, ctx === "Del" ? "delete" : "assign to", what));
      return expr;
    }
  }
}
