// A class body that is more than defs and plain attribute assignments runs as a function
// would: its statements go, in order, into one `static { … }` block of the class, where the
// class-scope names are block-local `let`s (so the body reads them as Python's class
// namespace, and nested functions and comprehensions do not see them), and the block ends by
// storing the namespace on the class: `setClassNamespace(C, { columns, widths, column })`.

import type { ClassDef, Stmt } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import type { Scope } from "../analyze/scopes.js";
import type { LowerContext } from "./context.js";
import { planDeclarations } from "./declarations.js";
import type { DeclarationPlan } from "./declarations.js";
import type { FunctionFrame } from "./context.js";
import type { ClassMember, TsStmt, TsType } from "./ir.js";
import { resolvesIn } from "./functions.js";
import { lowerBody } from "./statements.js";

const ANY: TsType = { kind: "TypeRef", name: "any" };

/** Whether a class-body statement is one the plain lowering turns into a member: a method,
 *  `x = value`, `x: T = value`, `x: T`, the docstring, `pass`. */
function isMemberStatement(stmt: Stmt): boolean {
  switch (stmt.kind) {
    case "FunctionDef":
    case "Pass":
    case "AnnAssign":
      return true;
    case "Assign":
      return stmt.targets.length === 1 && stmt.targets[0]!.kind === "Name";
    case "ExprStmt":
      return stmt.value.kind === "Constant" && stmt.value.value.type === "str";
    default:
      return false;
  }
}

/** Whether the class body needs the static-block lowering: a statement that is not a member,
 *  or a class-scope name read in the body (`total = sum(widths.values())`). */
export function needsBodyBlock(ctx: LowerContext, def: ClassDef): boolean {
  const body = def.body.filter((stmt) => stmt.kind !== "FunctionDef");
  if (body.some((stmt) => !isMemberStatement(stmt))) return true;
  const scope = ctx.symbols.scopes.scopeOf(def);
  const resolves = resolvesIn(ctx, scope);
  let reads = false;
  for (const stmt of body) {
    walk(stmt, (node) => {
      if (reads) return false;
      if (node.kind === "Name" && node.ctx === "Load" && resolves(node)) reads = true;
      return;
    });
  }
  return reads;
}

/** The names the class body binds that end up in its namespace: not its methods (members of
 *  the class) and not `except … as e` names (unbound again after the handler). */
export function namespaceNames(scope: Scope): string[] {
  const names: string[] = [];
  for (const [id, kinds] of scope.bindings) {
    if (scope.globals.has(id) || scope.nonlocals.has(id)) continue;
    if (kinds.every((kind) => kind === "def" || kind === "except")) continue;
    names.push(id);
  }
  return names;
}

// class T: print("x"); cols = [1]; for c in cols: … →
//   class T extends PyObject { declare static cols: any; …; static { let cols: any; let c: any;
//   print("x"); cols = [1]; for (c of cols) {…} setClassNamespace(T, { cols, c }); } }
export function lowerBodyBlock(ctx: LowerContext, def: ClassDef, className: string): ClassMember {
  const scope = ctx.symbols.scopes.scopeOf(def);
  const body = def.body.filter((stmt, index) => stmt.kind !== "FunctionDef" && !(index === 0 && def.docstring !== null && stmt.kind === "ExprStmt"));
  for (const stmt of body) {
    walk(stmt, (node) => {
      if (node.kind === "ClassDef" || node.kind === "Lambda") return false;
      if (node.kind !== "FunctionDef") return;
      // A method defined conditionally (`if …: def m(self)`) would need a prototype member
      // chosen at run time; the class members are fixed.
      ctx.unsupported(node, "a `def` inside a statement of a class body");
      return false;
    });
  }
  const names = namespaceNames(scope);
  // A nested class and an import declare their own names; everything else is a `let`.
  const declared = names.filter((id) => !(scope.bindings.get(id) ?? []).every((kind) => kind === "class" || kind === "import"));
  // Every name is one `let` at the top of the block, whichever nested block binds it: the
  // namespace call at the end reads them all (a `const` or a loop-head declaration would not
  // be in its scope). The plan still says which ones a read may find unbound.
  const unbound = planDeclarations(scope, body, declared, resolvesIn(ctx, scope)).unbound;
  const plan: DeclarationPlan = { hoisted: new Map([[body, declared]]), atAssign: new Map(), inLoopHead: new Map(), atDef: new Map(), unbound };
  const frame: FunctionFrame = { scope, isAsync: false, plan, temps: [], caught: [] };
  const statements = ctx.withFrame(frame, () => lowerBody(ctx, body));
  const temps: TsStmt[] = frame.temps.map((name) => ({ kind: "VarDecl", declKind: "let", target: name, type: ANY }));
  const namespace: TsStmt = {
    kind: "ExprStmt",
    expr: ctx.callHelper(
      "setClassNamespace",
      { kind: "Id", name: className },
      { kind: "ObjectLit", props: names.map((id) => ({ key: id, value: { kind: "Id", name: ctx.names.user(id) } })) },
    ),
  };
  return { kind: "StaticBlock", body: [...temps, ...statements, namespace] };
}
