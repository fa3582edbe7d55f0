// A whole module: `__name__` from the runtime (so the `__main__` guard is real in worker
// processes), module-level defs exported (a child finds its target by name, as pickle does),
// the globals functions read made visible to forked children, and the exit path at the end.

import type { Module } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import type { LowerContext } from "./context.js";
import type { TsExpr, TsStmt, TsType } from "./ir.js";
import { planDeclarations } from "./declarations.js";
import { declarableNames, resolvesIn } from "./functions.js";
import { lowerBody } from "./statements.js";
import { findForkClosures } from "./fork-closures.js";

const MAIN_MODULE = "@py2ts/runtime/main";
const ANY: TsType = { kind: "TypeRef", name: "any" };

/** Module globals that some function reads or writes: with fork semantics a child must see
 *  them as they stand when the parent calls start(). */
function globalsReadByFunctions(ctx: LowerContext, module: Module, declared: readonly string[]): string[] {
  const wanted = new Set(declared);
  const used = new Set<string>();
  for (const stmt of module.body) {
    walk(stmt, (node) => {
      if (node.kind === "FunctionDef" || node.kind === "Lambda") {
        walk(node, (inner) => {
          if (inner.kind === "Name" && wanted.has(inner.id)) {
            const symbol = ctx.symbols.resolveName(inner.id, ctx.symbols.scopes.scopeOfName(inner));
            if (symbol.kind === "variable" && symbol.scope === ctx.symbols.scopes.module) used.add(inner.id);
          }
        });
        return false;
      }
      return;
    });
  }
  return declared.filter((id) => used.has(id));
}

export function lowerModule(ctx: LowerContext, module: Module): TsStmt[] {
  const scope = ctx.symbols.scopes.module;
  const declared = declarableNames(scope);
  const shared = new Set(globalsReadByFunctions(ctx, module, declared));
  const plan = planDeclarations(scope, module.body, declared.filter((id) => !shared.has(id)), resolvesIn(ctx, scope));
  // Globals a function reads live at module level, whatever block first assigns them.
  if (shared.size > 0) plan.hoisted.set(module.body, [...shared, ...(plan.hoisted.get(module.body) ?? [])]);
  for (const [assign, entry] of plan.atAssign) {
    if (entry.names.some((id) => shared.has(id))) plan.atAssign.delete(assign);
  }
  const frame = { scope, isAsync: true, plan, temps: [] as string[], caught: [] as string[] };
  const enterModule = ctx.imports.named_(MAIN_MODULE, "enterModule");
  const exitMain = ctx.imports.named_(MAIN_MODULE, "exitMain");
  ctx.setComments(module.comments);
  ctx.topLevel = new Set(module.body);
  ctx.forkClosures = findForkClosures(ctx, module);
  const body = ctx.withFrame(frame, () => [...lowerBody(ctx, module.body), ...ctx.commentsBefore(Infinity)]);
  const header: TsStmt[] = [
    {
      kind: "VarDecl",
      declKind: "const",
      target: "__name__",
      type: { kind: "TypeRef", name: "string" },
      init: {
        kind: "Call",
        callee: { kind: "Id", name: enterModule },
        args: [{ kind: "Member", object: { kind: "ImportMeta" }, name: "url" }, moduleExports(ctx, module, shared.size > 0)],
      },
    },
  ];
  const temps: TsStmt[] = frame.temps.map((name) => ({ kind: "VarDecl", declKind: "let", target: name, type: ANY }));
  const globals = shared.size > 0 ? [moduleGlobals(ctx, [...shared])] : [];
  const trailer: TsStmt = { kind: "ExprStmt", expr: { kind: "Await", value: { kind: "Call", callee: { kind: "Id", name: exitMain }, args: [] } } };
  return [...header, ...temps, ...globals, ...body, ...ctx.moduleLevelDefs, trailer];
}

/** `() => ({ crawl, Worker })`: the module-level functions and classes, by which the runtime
 *  finds a process target or an unpickled object's class, as pickle does. */
function moduleExports(ctx: LowerContext, module: Module, withGlobals: boolean): TsExpr {
  const names = module.body.flatMap((stmt) => (stmt.kind === "FunctionDef" || stmt.kind === "ClassDef" ? [stmt.name] : []));
  // Undecorated defs nested in module-level blocks are emitted at module level too.
  const scope = ctx.symbols.scopes.module;
  walk(module, (node) => {
    if (node.kind === "FunctionDef" || node.kind === "ClassDef" || node.kind === "Lambda") {
      if (node.kind === "FunctionDef" && !module.body.includes(node) && node.decoratorList.length === 0 && scope.bindings.get(node.name)?.length === 1 && ctx.symbols.scopes.scopeOf(node).parent === scope) names.push(node.name);
      return false;
    }
    return;
  });
  return {
    kind: "Arrow",
    params: [],
    async: false,
    body: {
      kind: "ObjectLit",
      props: [
        ...[...new Set(names)].map((id) => ({ key: id, value: { kind: "Id", name: ctx.names.user(id) } as TsExpr })),
        // A forked child restores the globals functions read through this (runtime worker-entry).
        ...(withGlobals ? [{ key: "pyModuleGlobals", value: { kind: "Id", name: "pyModuleGlobals" } as TsExpr }] : []),
      ],
    },
  };
}

/** export const pyModuleGlobals = { snapshot: () => ({ counter }), restore: (values) => { counter = values.counter; } } */
function moduleGlobals(ctx: LowerContext, ids: string[]): TsStmt {
  const values = "values";
  const snapshot: TsExpr = {
    kind: "Arrow",
    params: [],
    async: false,
    body: { kind: "ObjectLit", props: ids.map((id) => ({ key: id, value: { kind: "Id", name: ctx.names.user(id) } })) },
  };
  const restore: TsExpr = {
    kind: "Arrow",
    params: [{ name: values, type: { kind: "TypeRef", name: "Record", args: [{ kind: "TypeRef", name: "string" }, ANY] } }],
    async: false,
    body: ids.map((id) => ({
      kind: "ExprStmt",
      expr: { kind: "Assign", op: "=", target: { kind: "Id", name: ctx.names.user(id) }, value: { kind: "Member", object: { kind: "Id", name: values }, name: id } },
    })),
  };
  return {
    kind: "VarDecl",
    declKind: "const",
    exported: true,
    target: "pyModuleGlobals",
    init: { kind: "ObjectLit", props: [{ key: "snapshot", value: snapshot }, { key: "restore", value: restore }] },
  };
}
