// The fixpoint behind Symbols.typeOf (see types.ts for the rules). Facts are collected once;
// then every variable, parameter and return type is recomputed from its sources until none
// changes. The lattice is finite but for nested list element types, which are capped.

import type { Call, Expr, FunctionDef, Module, Node } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import type { Scope } from "./scopes.js";
import type { PyType, Symbols } from "./symbols.js";
import { BOTTOM, isGeneratorDef, joinTypes, returnsOf, type Source } from "./types.js";

const UNKNOWN: PyType = { kind: "unknown" };
const MAX_ROUNDS = 50;

function same(a: PyType, b: PyType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "list") return same(a.element, (b as { element: PyType }).element);
  if (a.kind === "instance") return a.qualname === (b as { qualname: string }).qualname;
  if (a.kind === "object") return a.def === (b as { def: unknown }).def;
  if (a.kind === "callable") return a.lambda === (b as { lambda: unknown }).lambda;
  return true;
}

export const join = joinTypes;

export class TypeSolver {
  private readonly env = new Map<Scope, Map<string, PyType>>();
  private readonly returns = new Map<FunctionDef, PyType>();
  private readonly sources = new Map<Scope, Map<string, Source[]>>();
  private readonly callSites = new Map<FunctionDef, Call[]>();
  private readonly escaping = new Set<FunctionDef>();
  private solved = false;

  constructor(private readonly symbols: Symbols, private readonly module: Module) {}

  /** The solved type of a variable, or bottom while solving has not reached it. */
  variable(scope: Scope, id: string): PyType {
    this.solve();
    const known = this.env.get(scope)?.get(id);
    if (known) return known;
    // Not reached yet: a binding the solver types is "nothing known yet", anything else unknown.
    const kinds = scope.bindings.get(id) ?? [];
    const solvable = kinds.length > 0 && kinds.every((kind) => kind === "assign" || kind === "loop" || kind === "walrus" || kind === "param");
    return solvable ? BOTTOM : UNKNOWN;
  }

  returnType(def: FunctionDef): PyType {
    this.solve();
    return this.returns.get(def) ?? BOTTOM;
  }

  private solve(): void {
    if (this.solved) return;
    this.solved = true;
    this.collect();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (!this.round()) return;
    }
    // Not settled (deeply nested list types): give up on precision rather than on soundness.
    for (const vars of this.env.values()) for (const id of vars.keys()) vars.set(id, UNKNOWN);
    for (const def of this.returns.keys()) this.returns.set(def, UNKNOWN);
  }

  private addSource(scope: Scope, id: string, source: Source): void {
    let vars = this.sources.get(scope);
    if (!vars) this.sources.set(scope, (vars = new Map()));
    const list = vars.get(id);
    if (list) list.push(source);
    else vars.set(id, [source]);
  }

  private collect(): void {
    const scopes = this.symbols.scopes;
    walk(this.module, (node: Node) => {
      switch (node.kind) {
        case "Assign":
          for (const target of node.targets) {
            if (target.kind === "Name") this.addSource(this.ownerOf(target), target.id, { kind: "expr", expr: node.value, scope: scopes.scopeOfName(target) });
            if (target.kind === "Tuple" || target.kind === "List") this.addUnpackSources(target.elts, node.value);
          }
          return;
        case "AnnAssign":
          if (node.target.kind === "Name" && node.value) {
            this.addSource(this.ownerOf(node.target), node.target.id, { kind: "expr", expr: node.value, scope: scopes.scopeOfName(node.target) });
          }
          return;
        case "AugAssign":
          if (node.target.kind === "Name") {
            const scope = scopes.scopeOfName(node.target);
            this.addSource(this.ownerOf(node.target), node.target.id, { kind: "augmented", op: node.op, target: node.target, value: node.value, scope });
          }
          return;
        case "NamedExpr":
          this.addSource(this.ownerOf(node.target), node.target.id, { kind: "expr", expr: node.value, scope: scopes.scopeOfName(node.target) });
          return;
        case "For":
          if (node.target.kind === "Name") this.addElementSource(node.target, node.iter);
          return;
        case "comprehension":
          if (node.target.kind === "Name") this.addElementSource(node.target, node.iter);
          return;
        case "Call": {
          this.callees.add(node.func);
          const callee = node.func.kind === "Name" ? this.symbols.resolveName(node.func.id, scopes.scopeOfName(node.func)) : null;
          if (callee?.kind === "function") {
            const list = this.callSites.get(callee.def) ?? [];
            list.push(node);
            this.callSites.set(callee.def, list);
          }
          return;
        }
        case "Name":
          if (node.ctx === "Load") {
            const symbol = this.symbols.resolveName(node.id, scopes.scopeOfName(node));
            if (symbol.kind === "function" && !this.isCallee(node)) this.escaping.add(symbol.def);
          }
          return;
        default:
          return;
      }
    });
  }

  private readonly callees = new WeakSet<Node>();

  private isCallee(name: Node): boolean {
    return this.callees.has(name);
  }

  /** `a, b = Pipe()`: each name is an object of the class the call returns a tuple of. */
  private addUnpackSources(targets: readonly Expr[], value: Expr): void {
    if (value.kind !== "Call" || targets.some((target) => target.kind !== "Name")) return;
    let name: Expr = value.func;
    while (name.kind === "Attribute") name = name.value;
    if (name.kind !== "Name") return;
    const symbol = this.symbols.resolve(value.func, this.symbols.scopes.scopeOfName(name));
    const element = symbol.kind === "library" && symbol.member.kind === "function" ? symbol.member.returnsTupleOf : undefined;
    if (!element) return;
    for (const target of targets as (Expr & { kind: "Name" })[]) {
      this.addSource(this.ownerOf(target), target.id, { kind: "fixed", type: { kind: "instance", qualname: element } });
    }
  }

  /** `for x in it`: x takes the element type of `it` (range → int). */
  private addElementSource(target: Expr & { kind: "Name" }, iter: Expr): void {
    const scope = this.symbols.scopes.scopeOfName(target);
    const owner = this.ownerOf(target);
    if (iter.kind === "Call" && iter.func.kind === "Name") {
      const callee = this.symbols.resolveName(iter.func.id, this.symbols.scopes.scopeOfName(iter.func));
      if (callee.kind === "builtin" && callee.name === "range") {
        this.addSource(owner, target.id, { kind: "range", call: iter, scope });
        return;
      }
    }
    this.addSource(owner, target.id, { kind: "element", iter, scope });
  }

  /** The scope that owns the binding a target Name creates. */
  private ownerOf(target: Expr & { kind: "Name" }): Scope {
    const where = this.symbols.scopes.resolve(target.id, this.symbols.scopes.scopeOfName(target));
    return where.kind === "local" ? where.scope : this.symbols.scopes.module;
  }

  private sourceType(source: Source): PyType {
    switch (source.kind) {
      case "fixed":
        return source.type;
      case "range":
        return { kind: "int" };
      case "expr":
        return this.symbols.evaluate(source.expr, source.scope);
      case "augmented":
        return this.symbols.evaluate({ kind: "BinOp", left: source.target, op: source.op, right: source.value, span: source.value.span }, source.scope);
      case "element": {
        // A literal is fresh, so its elements are exactly what it was written with.
        if (source.iter.kind === "Tuple" || source.iter.kind === "List") {
          return source.iter.elts.reduce<PyType>((acc, element) => join(acc, element.kind === "Starred" ? UNKNOWN : this.symbols.evaluate(element, source.scope)), BOTTOM);
        }
        const iterable = this.symbols.evaluate(source.iter, source.scope);
        if (iterable.kind === "bottom") return BOTTOM;
        // List elements are not trusted (see Symbols.evaluate, Subscript); str items are str.
        if (iterable.kind === "str") return { kind: "str" };
        return UNKNOWN;
      }
    }
  }

  /** One pass over every fact; true when anything changed. */
  private round(): boolean {
    let changed = false;
    const update = (scope: Scope, id: string, type: PyType) => {
      let vars = this.env.get(scope);
      if (!vars) this.env.set(scope, (vars = new Map()));
      const old = vars.get(id) ?? BOTTOM;
      const next = join(old, type);
      if (!same(old, next)) {
        vars.set(id, next);
        changed = true;
      }
    };
    for (const [scope, vars] of this.sources) {
      for (const [id, list] of vars) {
        // Typed only when every binding has a source we can evaluate: an unpacking, a `with`,
        // an `except` or another scope's `global` assignment makes the variable unknown.
        const kinds = (scope.bindings.get(id) ?? []).filter((kind) => kind !== "param");
        const typed = kinds.every((kind) => kind === "assign" || kind === "loop" || kind === "walrus") && kinds.length === list.length;
        if (!typed) {
          update(scope, id, UNKNOWN);
          continue;
        }
        for (const source of list) update(scope, id, this.sourceType(source));
      }
    }
    this.walkFunctions((def, scope) => {
      // Parameters: from call sites, for functions that never escape as values.
      const params = [...def.args.posonlyargs, ...def.args.args];
      const opaque = this.isOpaque(def, scope);
      const sites = this.callSites.get(def) ?? [];
      params.forEach((param, index) => {
        if (opaque || sites.length === 0) return update(scope, param.arg, UNKNOWN);
        const firstDefault = params.length - def.args.defaults.length;
        const fallback = index >= firstDefault ? def.args.defaults[index - firstDefault]! : null;
        for (const call of sites) {
          const argType = this.argumentType(call, param.arg, index, fallback, scope.parent ?? this.symbols.scopes.module);
          update(scope, param.arg, argType);
        }
      });
      for (const param of [def.args.vararg, def.args.kwarg, ...def.args.kwonlyargs]) if (param) update(scope, param.arg, UNKNOWN);
      // Result.
      const old = this.returns.get(def) ?? BOTTOM;
      let result: PyType = BOTTOM;
      if (isGeneratorDef(def) || def.isAsync) result = UNKNOWN;
      else {
        const { values, fallsOff } = returnsOf(def);
        for (const value of values) result = join(result, value ? this.symbols.evaluate(value, scope) : { kind: "none" });
        if (fallsOff) result = join(result, { kind: "none" });
      }
      const next = join(old, result);
      if (!same(old, next)) {
        this.returns.set(def, next);
        changed = true;
      }
    });
    return changed;
  }

  /** Whether some call of `def` is not a plain call site the solver sees (so its parameters are unknown). */
  private isOpaque(def: FunctionDef, scope: Scope): boolean {
    return this.escaping.has(def) || def.decoratorList.length > 0 || scope.parent?.kind === "class" || !!def.args.vararg || !!def.args.kwarg || def.args.kwonlyargs.length > 0;
  }

  private argumentType(call: Call, name: string, index: number, fallback: Expr | null, defScope: Scope): PyType {
    const argument = this.argumentOf(call, name, index, fallback, defScope);
    return argument ? this.symbols.evaluate(argument.expr, argument.scope) : UNKNOWN;
  }

  /** The expression a call passes for one parameter (the default when it passes none), or null. */
  private argumentOf(call: Call, name: string, index: number, fallback: Expr | null, defScope: Scope): { expr: Expr; scope: Scope } | null {
    const scope = this.symbols.scopes.scopeOfName(call.func as Expr & { kind: "Name" });
    if (call.args.some((arg) => arg.kind === "Starred") || call.keywords.some((keyword) => keyword.arg === null)) return null;
    if (index < call.args.length) return { expr: call.args[index]!, scope };
    const keyword = call.keywords.find((candidate) => candidate.arg === name);
    if (keyword) return { expr: keyword.value, scope };
    return fallback ? { expr: fallback, scope: defScope } : null;
  }

  /** Every variable with the sources of its value (after solving); see intervals.ts. */
  variablesWithSources(): ReadonlyMap<Scope, ReadonlyMap<string, readonly Source[]>> {
    this.solve();
    return this.sources;
  }

  /** Where a parameter's value comes from: the argument of every call site, or null when a
   *  call the solver cannot see may pass anything (the same rule as for its type). */
  parameterArguments(def: FunctionDef, scope: Scope, name: string): { expr: Expr; scope: Scope }[] | null {
    this.solve();
    const params = [...def.args.posonlyargs, ...def.args.args];
    const index = params.findIndex((param) => param.arg === name);
    const sites = this.callSites.get(def) ?? [];
    if (index < 0 || this.isOpaque(def, scope) || sites.length === 0) return null;
    const firstDefault = params.length - def.args.defaults.length;
    const fallback = index >= firstDefault ? def.args.defaults[index - firstDefault]! : null;
    const result: { expr: Expr; scope: Scope }[] = [];
    for (const call of sites) {
      const argument = this.argumentOf(call, name, index, fallback, scope.parent ?? this.symbols.scopes.module);
      if (!argument) return null;
      result.push(argument);
    }
    return result;
  }

  private walkFunctions(visit: (def: FunctionDef, scope: Scope) => void): void {
    walk(this.module, (node) => {
      if (node.kind === "FunctionDef") visit(node, this.symbols.scopes.scopeOf(node));
    });
  }
}

