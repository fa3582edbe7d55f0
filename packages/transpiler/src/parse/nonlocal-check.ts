// CPython's symbol-table error for `nonlocal x` when no enclosing function binds x ("no binding
// for nonlocal 'x' found"): a compile error, so it belongs with the syntax checks.

import type { FunctionDef, Lambda, Module, Node } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import { ScopeTable, type Scope } from "../analyze/scopes.js";
import { compileError } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";

function boundIn(scope: Scope | null, id: string): boolean {
  for (let current = scope; current !== null && current.kind !== "module"; current = current.parent) {
    if (current.kind === "class") continue;
    if (current.nonlocals.has(id)) return true;
    if (current.bindings.has(id) && !current.globals.has(id)) return true;
  }
  return false;
}

export function checkNonlocals(cx: ParseContext, module: Module): void {
  let table: ScopeTable | undefined;
  walk(module, (node) => {
    if (node.kind !== "FunctionDef") return;
    const own: Node[] = [];
    for (const stmt of node.body) {
      walk(stmt, (inner) => {
        if (inner.kind === "FunctionDef" || inner.kind === "ClassDef" || inner.kind === "Lambda") return false;
        if (inner.kind === "Nonlocal") own.push(inner);
        return;
      });
    }
    if (own.length === 0) return;
    table ??= new ScopeTable(module);
    const scope = table.scopeOf(node as FunctionDef | Lambda);
    for (const stmt of own) {
      if (stmt.kind !== "Nonlocal") continue;
      for (const id of stmt.names) {
        if (!boundIn(scope.parent, id)) cx.report(compileError(stmt.span, `no binding for nonlocal '${id}' found`));
      }
    }
  });
}
