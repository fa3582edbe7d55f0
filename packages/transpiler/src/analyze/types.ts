// Static types of Python expressions, found by an optimistic fixpoint over the whole module:
// a variable's type is the join of everything assigned to it (augmented assignments and
// `range` loop targets included); a parameter of a function that never escapes is the join of
// the arguments at its call sites; a function's result is the join of its returns. Types start
// at "nothing known yet" and only rise, so `total = 0; total += i` settles on int, while
// `x = 0; x = x + 0.5` settles on unknown. Lowering uses the result to emit plain JS where
// Python's semantics allow it.

import type { BinOperator, Expr, FunctionDef, Module, Stmt } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import type { Scope } from "./scopes.js";
import type { PyType } from "./symbols.js";

type ValueType = PyType;

export const BOTTOM: PyType = { kind: "bottom" };
const UNKNOWN_VALUE: PyType = { kind: "unknown" };
/** List element types nest at most this deep; deeper ones are unknown (keeps the lattice finite). */
const MAX_NESTING = 3;

function depth(type: PyType): number {
  return type.kind === "list" ? 1 + depth(type.element) : 0;
}

/** The least type that covers both: equal kinds stay, lists join their elements, else unknown. */
export function joinTypes(a: PyType, b: PyType): PyType {
  if (a.kind === "bottom") return b;
  if (b.kind === "bottom") return a;
  if (a.kind === "list" && b.kind === "list") {
    const element = joinTypes(a.element, b.element);
    if (element === a.element) return a;
    return depth(element) >= MAX_NESTING ? { kind: "list", element: UNKNOWN_VALUE } : { kind: "list", element };
  }
  if (a.kind === "callable" || b.kind === "callable") {
    return a.kind === "callable" && b.kind === "callable" && a.lambda === b.lambda ? a : UNKNOWN_VALUE;
  }
  if (a.kind === "instance" || a.kind === "object") {
    if (b.kind === a.kind && (a.kind === "instance" ? a.qualname === (b as { qualname: string }).qualname : a.def === (b as { def: unknown }).def)) return a;
    return UNKNOWN_VALUE;
  }
  return a.kind === b.kind ? a : UNKNOWN_VALUE;
}

/** What `left op right` yields for the value types Python's operators define exactly. */
export function binaryResult(op: BinOperator, left: ValueType, right: ValueType): ValueType {
  if (left.kind === "bottom" || right.kind === "bottom") return BOTTOM;
  if (left.kind === "instance" || left.kind === "object" || left.kind === "callable" || right.kind === "instance" || right.kind === "object" || right.kind === "callable") return UNKNOWN_VALUE;
  const numeric = (t: ValueType) => t.kind === "int" || t.kind === "float";
  if (left.kind === "int" && right.kind === "int") {
    if (op === "Div") return { kind: "float" };
    if (op === "Add" || op === "Sub" || op === "Mult" || op === "FloorDiv" || op === "Mod") return { kind: "int" };
    if (op === "LShift" || op === "RShift" || op === "BitAnd" || op === "BitOr" || op === "BitXor") return { kind: "int" };
    return UNKNOWN_VALUE; // int ** int is a float for negative exponents
  }
  if (numeric(left) && numeric(right)) {
    if (op === "Add" || op === "Sub" || op === "Mult" || op === "Div" || op === "FloorDiv" || op === "Mod") return { kind: "float" };
    return UNKNOWN_VALUE;
  }
  if (left.kind === "str" && right.kind === "str" && op === "Add") return { kind: "str" };
  if (op === "Mult" && ((left.kind === "str" && right.kind === "int") || (left.kind === "int" && right.kind === "str"))) return { kind: "str" };
  if (op === "Mult" && left.kind === "list" && right.kind === "int") return left;
  if (op === "Add" && left.kind === "list" && right.kind === "list") return joinTypes(left, right);
  return UNKNOWN_VALUE;
}

/** One source of a variable's value, evaluated in `scope`. */
export type Source =
  | { readonly kind: "expr"; readonly expr: Expr; readonly scope: Scope }
  | { readonly kind: "augmented"; readonly op: BinOperator; readonly target: Expr; readonly value: Expr; readonly scope: Scope }
  | { readonly kind: "fixed"; readonly type: ValueType }
  /** `for x in range(…)`: an int between the call's start and stop (see intervals.ts). */
  | { readonly kind: "range"; readonly call: Expr & { kind: "Call" }; readonly scope: Scope }
  /** `for x in iter`: an element of `iter`. */
  | { readonly kind: "element"; readonly iter: Expr; readonly scope: Scope };

/** Everything the solver needs to know about one module: filled in by Symbols. */
export interface TypeFacts {
  /** The sources of each variable, or null when something (unpacking, `with`, …) binds it too. */
  sources(scope: Scope, id: string): readonly Source[] | null;
  /** Evaluates an expression's type given the current assumptions. */
  evaluate(expr: Expr, scope: Scope): ValueType;
}

/** Return statements of a def (not of nested defs), and whether it can end without one. */
export function returnsOf(def: FunctionDef): { values: (Expr | null)[]; fallsOff: boolean } {
  const values: (Expr | null)[] = [];
  for (const stmt of def.body) {
    walk(stmt, (node) => {
      if (node.kind === "FunctionDef" || node.kind === "Lambda" || node.kind === "ClassDef") return false;
      if (node.kind === "Return") values.push(node.value);
      return;
    });
  }
  const last: Stmt | undefined = def.body[def.body.length - 1];
  const fallsOff = !last || (last.kind !== "Return" && last.kind !== "Raise");
  return { values, fallsOff };
}

export function isGeneratorDef(def: FunctionDef): boolean {
  let found = false;
  for (const stmt of def.body) {
    walk(stmt, (node) => {
      if (found || node.kind === "FunctionDef" || node.kind === "Lambda" || node.kind === "ClassDef") return false;
      if (node.kind === "Yield" || node.kind === "YieldFrom") found = true;
      return;
    });
  }
  return found;
}

export type { Module };
