// Where each Python local gets its TS declaration. Python scopes are per function, TS scopes
// per block, so a name is declared in the innermost block that holds every mention of it:
// at its first assignment when that is a plain `x = …` there (`const` when it is the only
// binding), in a `for` head when the loop owns it, else hoisted as `let x;` at that block's top.

import type { Assign, For, FunctionDef, Name, Stmt } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import type { Scope } from "../analyze/scopes.js";
import { maybeUnboundNames } from "./unbound.js";

export interface DeclarationPlan {
  readonly hoisted: Map<readonly Stmt[], string[]>;
  /** Plain assignments that declare their targets. */
  readonly atAssign: Map<Assign, { names: string[]; kind: "let" | "const" }>;
  /** Loops whose (single-name) target is declared in the head. */
  readonly inLoopHead: Map<For, "let" | "const">;
  /** Decorated defs that declare their name (`const f = deco(function f…)`). */
  readonly atDef?: Map<FunctionDef, "let" | "const">;
  /** Names a read may find unbound (unbound.ts): declared at the top, initialized to UNBOUND. */
  readonly unbound?: ReadonlySet<string>;
}

/** Whether a Name node, as Python resolves it, refers to a binding of the scope being planned. */
export type ResolvesHere = (name: Name) => boolean;

let mentionCache = new WeakMap<Stmt, Set<string>>();
let resolvesHere: ResolvesHere = () => true;

/** Every identifier inside a statement that refers to this scope's binding: names local to a
 *  nested function, lambda or comprehension are someone else's. */
function mentions(stmt: Stmt): Set<string> {
  let names = mentionCache.get(stmt);
  if (names) return names;
  names = new Set();
  const found = names;
  // A def binds its own name where it stands.
  if (stmt.kind === "FunctionDef" || stmt.kind === "ClassDef") found.add(stmt.name);
  walk(stmt, (node) => {
    if (node.kind === "Name") {
      if (resolvesHere(node)) found.add(node.id);
    } else if (node.kind === "Global" || node.kind === "Nonlocal") for (const id of node.names) found.add(id);
    else if (node.kind === "ExceptHandler" && node.name) found.add(node.name);
  });
  mentionCache.set(stmt, names);
  return names;
}

function mentionsIn(stmts: readonly Stmt[], id: string): boolean {
  return stmts.some((stmt) => mentions(stmt).has(id));
}

/** Names that a nested scope rebinds with `nonlocal` (or, for the module, `global`): they are
 *  assigned more than once, so never `const`. */
function reboundElsewhere(scope: Scope): Set<string> {
  const names = new Set<string>();
  const visit = (child: Scope) => {
    for (const id of scope.kind === "module" ? child.globals : child.nonlocals) names.add(id);
    for (const inner of child.children) visit(inner);
  };
  for (const child of scope.children) visit(child);
  return names;
}

/** The sub-bodies of a compound statement, and whether `id` is mentioned outside them. */
function subBodies(stmt: Stmt, id: string): { bodies: (readonly Stmt[])[]; outside: boolean } | null {
  switch (stmt.kind) {
    case "If":
      return { bodies: [stmt.body, stmt.orelse], outside: false };
    case "While":
      return { bodies: [stmt.body, stmt.orelse], outside: false };
    case "For":
      return { bodies: [stmt.body, stmt.orelse], outside: targetNames(stmt.target).includes(id) };
    case "With":
      return { bodies: [stmt.body], outside: stmt.items.some((item) => item.optionalVars !== null && targetNames(item.optionalVars).includes(id)) };
    case "Try":
      return {
        bodies: [stmt.body, ...stmt.handlers.map((handler) => handler.body), stmt.orelse, stmt.finalbody],
        outside: stmt.handlers.some((handler) => handler.name === id),
      };
    default:
      return null;
  }
}

/** Whether a closure (def, lambda, comprehension) inside `nodes` refers to `id`. Python's
 *  closures in a loop share the one loop variable, so such a variable must not get a fresh
 *  JS binding per iteration (`for (const x of …)`). */
export function capturedByClosure(nodes: readonly import("../ast/nodes.js").Node[], id: string): boolean {
  let captured = false;
  for (const root of nodes) {
    walk(root, (node) => {
      if (captured) return false;
      if (node.kind === "FunctionDef" || node.kind === "Lambda" || node.kind === "ClassDef") {
        walk(node, (inner) => {
          if (inner.kind === "Name" && inner.id === id) captured = true;
        });
        return false;
      }
      return;
    });
  }
  return captured;
}

export function targetNames(target: import("../ast/nodes.js").Expr): string[] {
  switch (target.kind) {
    case "Name":
      return [target.id];
    case "Tuple":
    case "List":
      return target.elts.flatMap(targetNames);
    case "Starred":
      return targetNames(target.value);
    default:
      return [];
  }
}

export function planDeclarations(scope: Scope, body: readonly Stmt[], names: readonly string[], resolves: ResolvesHere): DeclarationPlan {
  // The mention sets depend on the scope being planned; a fresh cache per plan.
  mentionCache = new WeakMap();
  resolvesHere = resolves;
  const rebound = reboundElsewhere(scope);
  const unbound = maybeUnboundNames(scope, body, resolves);
  const plan: DeclarationPlan = { hoisted: new Map(), atAssign: new Map(), inLoopHead: new Map(), atDef: new Map(), unbound };
  const hoist = (block: readonly Stmt[], id: string) => {
    const list = plan.hoisted.get(block);
    if (list) list.push(id);
    else plan.hoisted.set(block, [id]);
  };
  const bindingCount = (id: string) => (rebound.has(id) ? Infinity : (scope.bindings.get(id)?.length ?? 0));

  const place = (block: readonly Stmt[], id: string): void => {
    const occurrences = block.filter((stmt) => mentions(stmt).has(id));
    if (occurrences.length === 0) return hoist(block, id);
    if (occurrences.length === 1) {
      const only = occurrences[0]!;
      if (
        only.kind === "For" &&
        only.target.kind === "Name" &&
        only.target.id === id &&
        !mentions({ kind: "ExprStmt", value: only.iter, span: only.span }).has(id) &&
        !mentionsIn(only.orelse, id) &&
        !capturedByClosure(only.body, id) &&
        bindingCount(id) === 1
      ) {
        plan.inLoopHead.set(only, "const");
        return;
      }
      const parts = subBodies(only, id);
      if (parts && !parts.outside) {
        const holding = parts.bodies.filter((part) => mentionsIn(part, id));
        const inHeader = headerMentions(only, id);
        if (holding.length === 1 && !inHeader) return place(holding[0]!, id);
      }
    }
    const first = occurrences[0]!;
    if (first.kind === "FunctionDef" && first.name === id && (first.decoratorList.length > 0 || (scope.bindings.get(id) ?? []).some((kind) => kind !== "def"))) {
      plan.atDef!.set(first, bindingCount(id) === 1 ? "const" : "let");
      return;
    }
    if (first.kind === "Assign" && first.targets.length === 1 && !mentions({ kind: "ExprStmt", value: first.value, span: first.span }).has(id)) {
      const declared = targetNames(first.targets[0]!);
      if (declared.includes(id)) {
        const entry = plan.atAssign.get(first);
        const kind = bindingCount(id) === 1 ? "const" : "let";
        if (entry) {
          entry.names.push(id);
          if (kind === "let") entry.kind = "let";
        } else plan.atAssign.set(first, { names: [id], kind });
        return;
      }
    }
    hoist(block, id);
  };

  for (const id of names) {
    if (unbound.has(id)) hoist(body, id);
    else place(body, id);
  }

  // A destructuring assignment can declare only when it declares every name it binds.
  for (const [assign, entry] of plan.atAssign) {
    const target = assign.targets[0]!;
    const all = targetNames(target);
    // Nested targets unpack in several statements (statements.ts), so their names are hoisted.
    const nested = (target.kind === "Tuple" || target.kind === "List") && target.elts.some((e) => e.kind === "Tuple" || e.kind === "List");
    if (nested || all.length !== entry.names.length || new Set(all).size !== all.length) {
      plan.atAssign.delete(assign);
      const block = findBlock(body, assign);
      for (const id of entry.names) hoist(block ?? body, id);
    }
  }
  return plan;
}

/** Whether `id` is mentioned in the parts of a compound statement outside its bodies. */
function headerMentions(stmt: Stmt, id: string): boolean {
  const exprs: import("../ast/nodes.js").Expr[] = [];
  switch (stmt.kind) {
    case "If":
    case "While":
      exprs.push(stmt.test);
      break;
    case "For":
      exprs.push(stmt.iter, stmt.target);
      break;
    case "With":
      for (const item of stmt.items) exprs.push(item.contextExpr, ...(item.optionalVars ? [item.optionalVars] : []));
      break;
    case "Try":
      for (const handler of stmt.handlers) if (handler.type) exprs.push(handler.type);
      break;
    default:
      break;
  }
  return exprs.some((expr) => mentions({ kind: "ExprStmt", value: expr, span: expr.span }).has(id));
}

function findBlock(body: readonly Stmt[], target: Stmt): readonly Stmt[] | null {
  if (body.includes(target)) return body;
  for (const stmt of body) {
    const parts = subBodies(stmt, "");
    for (const part of parts?.bodies ?? []) {
      const found = findBlock(part, target);
      if (found) return found;
    }
  }
  return null;
}
