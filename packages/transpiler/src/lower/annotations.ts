// Python annotations → TypeScript types that read like the Python: the runtime exports a type
// under each builtin's name (`int` is `number | bigint`, `float` is PyFloat, `list<T>` is T[],
// `dict<K, V>` is PyDict), so `def f(xs: list[int]) -> dict[str, float]` becomes
// `function f(xs: list<int>): dict<str, float>`. Anything the mapping does not know is `any`:
// annotations are not checked by Python either, so a type is only emitted when it is exact.

import type { Expr } from "../ast/nodes.js";
import type { LowerContext } from "./context.js";
import type { TsType } from "./ir.js";
import { BUILTINS_MODULE } from "./library/index.js";

const ANY: TsType = { kind: "TypeRef", name: "any" };
const NULL: TsType = { kind: "TypeRef", name: "null" };

/** Builtin types with a runtime type alias of the same name, and how many parameters each takes. */
const BUILTIN_TYPES: Readonly<Record<string, number>> = { int: 0, float: 0, complex: 0, str: 0, bool: 0, bytes: 0, bytearray: 0, list: 1, set: 1, frozenset: 1, dict: 2, tuple: 0 };

function builtinType(ctx: LowerContext, name: string, args: readonly TsType[]): TsType {
  const local = ctx.imports.named_(BUILTINS_MODULE, name);
  const arity = BUILTIN_TYPES[name]!;
  return arity === 0 || args.length === 0 ? { kind: "TypeRef", name: local } : { kind: "TypeRef", name: local, args: args.slice(0, arity) };
}

function typingName(ctx: LowerContext, expr: Expr): string | null {
  if (expr.kind === "Name") {
    const symbol = ctx.symbols.resolveName(expr.id, ctx.scope);
    if (symbol.kind === "builtin" && symbol.name in BUILTIN_TYPES) return symbol.name;
    if (symbol.kind === "library" && symbol.module === "typing") return symbol.name;
    if (symbol.kind === "unknown" || symbol.kind === "variable") return expr.id; // typing names (Optional, List, Any) imported from typing
    return null;
  }
  if (expr.kind === "Attribute") {
    const symbol = ctx.symbols.resolve(expr, ctx.scope);
    if (symbol.kind === "library" && symbol.module === "typing") return symbol.name;
  }
  return null;
}

export function annotationType(ctx: LowerContext, annotation: Expr | null): TsType {
  if (!annotation) return ANY;
  switch (annotation.kind) {
    case "Constant":
      return annotation.value.type === "None" ? NULL : ANY;
    case "Name":
    case "Attribute": {
      const symbol = ctx.symbols.resolve(annotation, ctx.scope);
      if (symbol.kind === "class") return { kind: "TypeRef", name: ctx.names.user(symbol.def.name) };
      const name = typingName(ctx, annotation);
      if (name && name in BUILTIN_TYPES) return builtinType(ctx, name, []);
      const lowered = name?.toLowerCase();
      if (lowered && lowered in BUILTIN_TYPES && name !== lowered) return builtinType(ctx, lowered, []); // typing.List, Dict…
      return ANY;
    }
    case "Subscript": {
      const head = typingName(ctx, annotation.value);
      const parts = annotation.slice.kind === "Tuple" ? annotation.slice.elts : [annotation.slice];
      if (head === "Optional" && parts.length === 1) return union([annotationType(ctx, parts[0]!), NULL]);
      if (head === "ClassVar" || head === "Final") return parts.length === 1 ? annotationType(ctx, parts[0]!) : ANY;
      if (head === "Union") return union(parts.map((part) => annotationType(ctx, part)));
      const builtin = head && (head in BUILTIN_TYPES ? head : head.toLowerCase() in BUILTIN_TYPES ? head.toLowerCase() : null);
      if (builtin) return builtinType(ctx, builtin, parts.map((part) => annotationType(ctx, part)));
      return ANY;
    }
    case "BinOp":
      // X | Y (PEP 604)
      if (annotation.op === "BitOr") return union([annotationType(ctx, annotation.left), annotationType(ctx, annotation.right)]);
      return ANY;
    default:
      return ANY;
  }
}

function union(types: readonly TsType[]): TsType {
  if (types.some((type) => type.kind === "TypeRef" && type.name === "any")) return ANY;
  const flat = types.flatMap((type) => (type.kind === "UnionType" ? type.types : [type]));
  return flat.length === 1 ? flat[0]! : { kind: "UnionType", types: flat };
}
