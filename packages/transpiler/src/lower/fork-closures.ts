// Lambdas and nested defs that a forked child runs: a Process target or a Pool initializer.
// CPython's fork child inherits them with the parent's memory; a py2ts child re-imports the
// module instead, so each gets a module-level factory that rebuilds it from the values of its
// free variables, which cross at start() as the target's arguments do (runtime reduction.ts).

import type { Call, Expr, FunctionDef, Lambda, Module, Name, Node } from "../ast/nodes.js";
import type { Scope } from "../analyze/scopes.js";
import { walk } from "../ast/visit.js";
import type { LowerContext } from "./context.js";
import type { TsExpr, TsStmt } from "./ir.js";

export interface ForkClosure {
  /** The factory's exported name, which is also the id the runtime sends. */
  readonly id: string;
  /** Python names of the enclosing functions' locals it reads, in a fixed order. */
  readonly free: readonly string[];
  /** `outer.<locals>.inner`, for CPython's "Can't pickle local object" under spawn. */
  readonly qualname: string;
}

type Closable = Lambda | FunctionDef;

/** Positions of the argument a child calls: Process(group, target, …), Pool(processes, initializer, …). */
const CHILD_CALLABLE: Readonly<Record<string, string>> = { Process: "target", Pool: "initializer" };

/** Finds the closures to register, following free variables that name other nested defs (a
 *  target calling a helper defined beside it needs that helper in the child too). */
export function findForkClosures(ctx: LowerContext, module: Module): Map<Closable, ForkClosure> {
  const found = new Map<Closable, ForkClosure>();
  const pending: Closable[] = [];
  const add = (node: Closable): void => {
    if (found.has(node)) return;
    const scope = ctx.symbols.scopes.scopeOf(node);
    const name = node.kind === "Lambda" ? "lambda" : node.name;
    found.set(node, { id: ctx.names.fresh(`forkClosure_${name}`), free: freeVariables(ctx, node, scope), qualname: qualnameOf(scope) });
    pending.push(node);
  };
  walk(module, (node) => {
    if (node.kind !== "Call") return;
    const candidate = childCallable(ctx, node);
    if (candidate) add(candidate);
  });
  while (pending.length > 0) {
    const node = pending.pop()!;
    const scope = ctx.symbols.scopes.scopeOf(node);
    for (const id of found.get(node)!.free) {
      const symbol = ctx.symbols.resolveName(id, scope);
      if (symbol.kind === "function" && symbol.scope !== ctx.symbols.scopes.module) add(symbol.def);
    }
  }
  return found;
}

/** The lambda or nested def given as `multiprocessing.Process(target=…)` / `Pool(initializer=…)`. */
function childCallable(ctx: LowerContext, call: Call): Closable | null {
  const base = leftmostName(call.func);
  if (base === null) return null;
  const scope = safeScopeOfName(ctx, base);
  if (scope === null) return null;
  const symbol = ctx.symbols.resolve(call.func, scope);
  // `ctx.Process(…)` on a context object is not a resolved symbol: its method name decides.
  const name = symbol.kind === "library" ? (symbol.module === "multiprocessing" ? symbol.name : null) : call.func.kind === "Attribute" ? call.func.attr : null;
  if (name === null || !Object.hasOwn(CHILD_CALLABLE, name)) return null;
  const keyword = CHILD_CALLABLE[name];
  if (keyword === undefined) return null;
  const value = call.args[1] ?? call.keywords.find((k) => k.arg === keyword)?.value;
  if (value === undefined) return null;
  if (value.kind === "Lambda") return value;
  if (value.kind !== "Name") return null;
  const target = ctx.symbols.resolveName(value.id, scope);
  return target.kind === "function" && target.scope !== ctx.symbols.scopes.module ? target.def : null;
}

function leftmostName(expr: Expr): Name | null {
  if (expr.kind === "Name") return expr;
  if (expr.kind === "Attribute") return leftmostName(expr.value);
  return null;
}

function safeScopeOfName(ctx: LowerContext, name: Name): Scope | null {
  try {
    return ctx.symbols.scopes.scopeOfName(name);
  } catch {
    return null;
  }
}

/** Names read or written inside `node` that are locals of an enclosing function (or
 *  comprehension): what the child must receive. Module globals are restored by name already;
 *  a def's own name is declared by its factory. */
function freeVariables(ctx: LowerContext, node: Closable, scope: Scope): string[] {
  const enclosing = new Set<Scope>();
  for (let outer = scope.parent; outer !== null; outer = outer.parent) {
    if (outer.kind !== "module" && outer.kind !== "class") enclosing.add(outer);
  }
  const free = new Set<string>();
  const visit = (child: Node): void => {
    walk(child, (inner) => {
      if (inner.kind !== "Name") return;
      const where = safeScopeOfName(ctx, inner);
      if (where === null) return;
      const resolved = ctx.symbols.scopes.resolve(inner.id, where);
      if (resolved.kind === "local" && enclosing.has(resolved.scope)) free.add(inner.id);
    });
  };
  if (node.kind === "Lambda") visit(node.body);
  else for (const stmt of node.body) visit(stmt);
  if (node.kind === "FunctionDef") free.delete(node.name);
  return [...free];
}

function qualnameOf(scope: Scope): string {
  const parts: string[] = [];
  for (let current: Scope | null = scope; current !== null && current.kind !== "module"; current = current.parent) {
    const node = current.node;
    const name = node.kind === "Lambda" ? "<lambda>" : node.kind === "FunctionDef" || node.kind === "ClassDef" ? node.name : null;
    if (name === null) continue;
    if (current !== scope && current.kind === "function") parts.unshift("<locals>");
    parts.unshift(name);
  }
  return parts.join(".");
}

/** `forkClosure(fn, "forkClosure_inner", () => ({ x: x, q: q }), "outer.<locals>.inner")`:
 *  registers `fn` so that a forked child can rebuild it (printed `() => ({ x, q })`); the getter's keys name the values in
 *  a diagnostic when one cannot cross. `extra` are the holders of defaults evaluated at `def`
 *  time, which travel like free variables. */
export function registerClosure(ctx: LowerContext, closure: ForkClosure, fn: TsExpr, extra: readonly string[]): TsExpr {
  const values: TsExpr = {
    kind: "ObjectLit",
    props: [
      ...closure.free.map((id) => ({ key: id, value: { kind: "Id", name: ctx.names.user(id) } as TsExpr })),
      ...extra.map((name) => ({ key: name, value: { kind: "Id", name } as TsExpr })),
    ],
  };
  return ctx.callHelper(
    "forkClosure",
    fn,
    { kind: "Str", value: closure.id },
    { kind: "Arrow", params: [], body: values, async: false },
    { kind: "Str", value: closure.qualname },
  );
}

/** `export function forkClosure_inner(x: any, q: any) { …; return inner; }`: the factory a
 *  child calls with the values the parent sent, in the getter's order. */
export function closureFactory(ctx: LowerContext, closure: ForkClosure, extra: readonly string[], body: TsStmt[]): TsStmt {
  return {
    kind: "Function",
    name: closure.id,
    params: [...closure.free.map((id) => ctx.names.user(id)), ...extra].map((name) => ({ name, type: { kind: "TypeRef", name: "any" } })),
    body,
    async: false,
    generator: false,
    exported: true,
  };
}
