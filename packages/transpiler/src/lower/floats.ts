// Floats without boxes. A local variable of a function that only ever holds floats (the type
// solver proves it) lives as a raw JS number; arithmetic on it is plain JS arithmetic, which is
// IEEE double arithmetic exactly as CPython's float is. It is boxed (`new PyFloat(x)`) only
// where the value leaves for generic code: a call, a container, a return.
//   acc = 0.0; acc += (i + j) / 3  →  let acc: number = 0; acc = acc + divIntRaw(addInt(i, j), 3);

import type { BinOperator, Expr, Name } from "../ast/nodes.js";
import type { Scope } from "../analyze/scopes.js";
import type { LowerContext } from "./context.js";
import type { TsExpr } from "./ir.js";
import { lowerExpr } from "./expressions.js";

const RAW_OPERATORS: Partial<Record<BinOperator, "+" | "-" | "*">> = { Add: "+", Sub: "-", Mult: "*" };

function nonlocalElsewhere(scope: Scope, id: string): boolean {
  const visit = (child: Scope): boolean => child.nonlocals.has(id) || child.globals.has(id) || child.children.some(visit);
  return scope.children.some(visit);
}

/** Whether the binding of `id` in `scope` is a raw-number float local. */
export function isRawFloat(ctx: LowerContext, id: string, scope: Scope): boolean {
  if (scope.kind !== "function") return false;
  const kinds = scope.bindings.get(id) ?? [];
  if (kinds.length === 0 || !kinds.every((kind) => kind === "assign") || nonlocalElsewhere(scope, id)) return false;
  const name: Name = { kind: "Name", id, ctx: "Load", span: { start: 0, end: 0 } };
  return ctx.symbols.typeOf(name, scope).kind === "float";
}

/** The raw-float variable a Name refers to, if it is one. */
export function rawFloatName(ctx: LowerContext, expr: Expr): boolean {
  if (expr.kind !== "Name") return false;
  const symbol = ctx.symbols.resolveName(expr.id, ctx.scope);
  return symbol.kind === "variable" && isRawFloat(ctx, symbol.id, symbol.scope);
}

/** Whether an expression reads a raw-float variable (so computing it raw saves boxes). */
export function involvesRawFloat(ctx: LowerContext, expr: Expr): boolean {
  switch (expr.kind) {
    case "Name":
      return rawFloatName(ctx, expr);
    case "BinOp":
      return involvesRawFloat(ctx, expr.left) || involvesRawFloat(ctx, expr.right);
    case "UnaryOp":
      return involvesRawFloat(ctx, expr.operand);
    default:
      return false;
  }
}

function typeKind(ctx: LowerContext, expr: Expr): string {
  return ctx.symbols.typeOf(expr, ctx.scope).kind;
}

/** An int- or float-typed expression as a raw JS number, with Python's float semantics. */
export function lowerFloat(ctx: LowerContext, expr: Expr): TsExpr {
  switch (expr.kind) {
    case "Constant":
      if (expr.value.type === "float") return { kind: "Num", value: expr.value.value };
      if (expr.value.type === "int" && BigInt(Number(expr.value.value)) === expr.value.value) return { kind: "Num", value: Number(expr.value.value) };
      break;
    case "Name":
      if (rawFloatName(ctx, expr)) return { kind: "Id", name: ctx.names.user(expr.id) };
      break;
    case "UnaryOp":
      if (expr.op === "USub") return { kind: "Unary", op: "-", operand: lowerFloat(ctx, expr.operand) };
      if (expr.op === "UAdd") return lowerFloat(ctx, expr.operand);
      break;
    case "BinOp": {
      if (typeKind(ctx, expr) !== "float") break;
      const raw = RAW_OPERATORS[expr.op];
      if (raw) return { kind: "Binary", op: raw, left: lowerFloat(ctx, expr.left), right: lowerFloat(ctx, expr.right) };
      if (expr.op === "Div") {
        if (typeKind(ctx, expr.left) === "int" && typeKind(ctx, expr.right) === "int") {
          return ctx.callHelper("divIntRaw", lowerExpr(ctx, expr.left), lowerExpr(ctx, expr.right));
        }
        return ctx.callHelper("divFloat", lowerFloat(ctx, expr.left), lowerFloat(ctx, expr.right));
      }
      break;
    }
    default:
      break;
  }
  const value = lowerExpr(ctx, expr);
  return typeKind(ctx, expr) === "int" ? ctx.callHelper("intToFloat", value) : ctx.callHelper("floatValue", value);
}

/** A raw number back as a Python float, for generic code. */
export function boxFloat(ctx: LowerContext, raw: TsExpr): TsExpr {
  return { kind: "New", callee: ctx.helper("PyFloat"), args: [raw] };
}
