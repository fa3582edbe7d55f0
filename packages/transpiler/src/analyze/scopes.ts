// Python scopes, as CPython's symtable builds them: module, function, class, lambda and
// comprehension scopes; a name assigned anywhere in a function is local to it unless declared
// global/nonlocal; class scopes are not visible from the functions nested in them.

import type {
  ClassDef,
  DictComp,
  Expr,
  FunctionDef,
  GeneratorExp,
  Lambda,
  ListComp,
  Module,
  Name,
  Node,
  SetComp,
  Stmt,
} from "../ast/nodes.js";
import { forEachChild } from "../ast/visit.js";

export type ScopeNode = Module | FunctionDef | ClassDef | Lambda | ListComp | SetComp | DictComp | GeneratorExp;
export type BindingKind = "param" | "assign" | "def" | "class" | "import" | "loop" | "with" | "except" | "del" | "walrus" | "match";

export interface Scope {
  readonly kind: "module" | "function" | "class" | "lambda" | "comprehension";
  readonly node: ScopeNode;
  readonly parent: Scope | null;
  /** Names bound in this scope, with every way they are bound. */
  readonly bindings: Map<string, BindingKind[]>;
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
  readonly children: Scope[];
}

export type Resolution =
  | { readonly kind: "local"; readonly scope: Scope }
  | { readonly kind: "builtin" };

export class ScopeTable {
  private readonly scopes = new WeakMap<Node, Scope>();
  /** The scope each Name node (and each scope-introducing node's name) is evaluated in. */
  private readonly nameScopes = new WeakMap<Name, Scope>();
  readonly module: Scope;

  constructor(module: Module) {
    this.module = this.newScope("module", module, null);
    new ScopeBuilder(this).visitBody(module.body, this.module);
  }

  newScope(kind: Scope["kind"], node: ScopeNode, parent: Scope | null): Scope {
    const scope: Scope = { kind, node, parent, bindings: new Map(), globals: new Set(), nonlocals: new Set(), children: [] };
    parent?.children.push(scope);
    this.scopes.set(node, scope);
    return scope;
  }

  recordName(name: Name, scope: Scope): void {
    this.nameScopes.set(name, scope);
  }

  scopeOf(node: ScopeNode): Scope {
    const scope = this.scopes.get(node);
    if (!scope) throw new Error(`internal error: no scope recorded for ${node.kind}`);
    return scope;
  }

  scopeOfName(name: Name): Scope {
    const scope = this.nameScopes.get(name);
    if (!scope) throw new Error(`internal error: no scope recorded for name '${name.id}'`);
    return scope;
  }

  /** Where `id`, used in `scope`, is bound (LEGB, skipping class scopes above the first). */
  resolve(id: string, scope: Scope): Resolution {
    if (scope.globals.has(id)) return this.module.bindings.has(id) ? { kind: "local", scope: this.module } : { kind: "builtin" };
    let current: Scope | null = scope;
    let first = true;
    while (current) {
      if ((first || current.kind !== "class") && current.bindings.has(id) && !current.globals.has(id) && !current.nonlocals.has(id)) {
        return { kind: "local", scope: current };
      }
      if (current.globals.has(id)) return this.module.bindings.has(id) ? { kind: "local", scope: this.module } : { kind: "builtin" };
      first = false;
      current = current.parent;
    }
    return { kind: "builtin" };
  }
}

class ScopeBuilder {
  constructor(private readonly table: ScopeTable) {}

  private bind(scope: Scope, id: string, kind: BindingKind): void {
    // `global x` then `x = …` in a function binds the module's x (creating it if need be).
    if (scope.globals.has(id) && scope.kind !== "module") scope = this.table.module;
    const kinds = scope.bindings.get(id);
    if (kinds) kinds.push(kind);
    else scope.bindings.set(id, [kind]);
  }

  visitBody(body: readonly Stmt[], scope: Scope): void {
    for (const stmt of body) this.visit(stmt, scope);
  }

  /** Binds every Name in an assignment target. */
  private bindTarget(target: Expr, scope: Scope, kind: BindingKind): void {
    switch (target.kind) {
      case "Name":
        this.bind(scope, target.id, kind);
        this.table.recordName(target, scope);
        return;
      case "Tuple":
      case "List":
        for (const element of target.elts) this.bindTarget(element, scope, kind);
        return;
      case "Starred":
        this.bindTarget(target.value, scope, kind);
        return;
      default:
        this.visit(target, scope);
    }
  }

  private visitComprehension(node: ListComp | SetComp | DictComp | GeneratorExp, scope: Scope): void {
    // The first iterable is evaluated in the enclosing scope; everything else in the new one.
    const [first, ...rest] = node.generators;
    if (first) this.visit(first.iter, scope);
    const inner = this.table.newScope("comprehension", node, scope);
    node.generators.forEach((generator, index) => {
      if (index > 0) this.visit(generator.iter, inner);
      this.bindTarget(generator.target, inner, "loop");
      for (const condition of generator.ifs) this.visit(condition, inner);
    });
    void rest;
    if (node.kind === "DictComp") {
      this.visit(node.key, inner);
      this.visit(node.value, inner);
    } else {
      this.visit(node.elt, inner);
    }
  }

  private visitParams(node: FunctionDef | Lambda, outer: Scope, inner: Scope): void {
    const args = node.args;
    for (const value of args.defaults) this.visit(value, outer);
    for (const value of args.kwDefaults) if (value) this.visit(value, outer);
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const param of all) {
      if (param.annotation) this.visit(param.annotation, outer);
      this.bind(inner, param.arg, "param");
    }
  }

  visit(node: Node, scope: Scope): void {
    switch (node.kind) {
      case "FunctionDef": {
        for (const decorator of node.decoratorList) this.visit(decorator, scope);
        if (node.returns) this.visit(node.returns, scope);
        this.bind(scope, node.name, "def");
        const inner = this.table.newScope("function", node, scope);
        this.visitParams(node, scope, inner);
        this.visitBody(node.body, inner);
        return;
      }
      case "Lambda": {
        const inner = this.table.newScope("lambda", node, scope);
        this.visitParams(node, scope, inner);
        this.visit(node.body, inner);
        return;
      }
      case "ClassDef": {
        for (const decorator of node.decoratorList) this.visit(decorator, scope);
        for (const base of node.bases) this.visit(base, scope);
        for (const keyword of node.keywords) this.visit(keyword.value, scope);
        this.bind(scope, node.name, "class");
        this.visitBody(node.body, this.table.newScope("class", node, scope));
        return;
      }
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        this.visitComprehension(node, scope);
        return;
      case "Global":
        for (const id of node.names) scope.globals.add(id);
        return;
      case "Nonlocal":
        for (const id of node.names) scope.nonlocals.add(id);
        return;
      case "Import":
        for (const alias of node.names) this.bind(scope, alias.asname ?? alias.name.split(".")[0]!, "import");
        return;
      case "ImportFrom":
        for (const alias of node.names) if (alias.name !== "*") this.bind(scope, alias.asname ?? alias.name, "import");
        return;
      case "Assign":
        this.visit(node.value, scope);
        for (const target of node.targets) this.bindTarget(target, scope, "assign");
        return;
      case "AugAssign":
      case "AnnAssign":
        if (node.kind === "AnnAssign") this.visit(node.annotation, scope);
        if (node.value) this.visit(node.value, scope);
        if (node.target.kind === "Name") this.table.recordName(node.target, scope);
        this.bindTarget(node.target, scope, "assign");
        return;
      case "For":
        this.visit(node.iter, scope);
        this.bindTarget(node.target, scope, "loop");
        this.visitBody(node.body, scope);
        this.visitBody(node.orelse, scope);
        return;
      case "withitem":
        this.visit(node.contextExpr, scope);
        if (node.optionalVars) this.bindTarget(node.optionalVars, scope, "with");
        return;
      case "ExceptHandler":
        if (node.type) this.visit(node.type, scope);
        if (node.name) this.bind(scope, node.name, "except");
        this.visitBody(node.body, scope);
        return;
      case "Delete":
        for (const target of node.targets) {
          if (target.kind === "Name") {
            this.bind(scope, target.id, "del");
            this.table.recordName(target, scope);
          } else this.visit(target, scope);
        }
        return;
      case "NamedExpr": {
        this.visit(node.value, scope);
        let target = scope;
        while (target.kind === "comprehension" && target.parent) target = target.parent;
        this.bindTarget(node.target, target, "walrus");
        return;
      }
      case "MatchAs":
      case "MatchStar":
        if (node.name) this.bind(scope, node.name, "match");
        forEachChild(node, (child) => this.visit(child, scope));
        return;
      case "MatchMapping":
        if (node.rest) this.bind(scope, node.rest, "match");
        forEachChild(node, (child) => this.visit(child, scope));
        return;
      case "Name":
        this.table.recordName(node, scope);
        return;
      default:
        forEachChild(node, (child) => this.visit(child, scope));
    }
  }
}
