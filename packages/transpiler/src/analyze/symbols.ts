// What an expression refers to (a runtime module, a library function or class, a user def, a
// variable, a builtin) and, where it is cheap to know, its static type. Imports and aliases
// are resolved here, so `mp.Process` and `from multiprocessing import Process as P` both
// become the symbol multiprocessing.Process.

import type { ClassDef, Expr, FunctionDef, Module, Stmt } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import { builtinKinds, classInfo, libraryModule, type BuiltinKind, type MemberInfo } from "../lower/library/index.js";
import { ScopeTable, type Scope } from "./scopes.js";
import { classFacts, decoratorKind, selfName, type ClassFacts } from "./classes.js";
import { TypeSolver, join } from "./type-solver.js";
import { IntervalSolver, type Interval } from "./intervals.js";
import { binaryResult } from "./types.js";

const UNKNOWN_IF_EMPTY = (count: number): PyType => (count === 0 ? { kind: "unknown" } : { kind: "bottom" });

export type PySymbol =
  | { readonly kind: "module"; readonly module: string }
  | { readonly kind: "library"; readonly module: string; readonly name: string; readonly member: MemberInfo }
  | { readonly kind: "function"; readonly def: FunctionDef; readonly scope: Scope }
  | { readonly kind: "class"; readonly def: ClassDef; readonly scope: Scope }
  | { readonly kind: "variable"; readonly id: string; readonly scope: Scope }
  | { readonly kind: "builtin"; readonly name: string; readonly builtin: BuiltinKind }
  | { readonly kind: "dunderName" }
  /** `__file__`: the path of the .py file the program was converted from. */
  | { readonly kind: "dunderFile" }
  /** `module.name` where the runtime's module lacks `name`: reported, never looked up at run time. */
  | { readonly kind: "missing"; readonly module: string; readonly name: string }
  | { readonly kind: "unknown" };

export type PyType =
  | { readonly kind: "unknown" }
  /** Nothing known yet: only while types are being solved. */
  | { readonly kind: "bottom" }
  | { readonly kind: "int" | "float" | "bool" | "str" | "none" | "tuple" | "dict" | "set" }
  | { readonly kind: "list"; readonly element: PyType }
  | { readonly kind: "instance"; readonly qualname: string }
  /** An instance of a user class of this module. */
  | { readonly kind: "object"; readonly def: ClassDef }
  /** A lambda's value: calls to it bind against its parameters at compile time. */
  | { readonly kind: "callable"; readonly lambda: import("../ast/nodes.js").Lambda };

export interface ImportTarget {
  readonly module: string;
  /** The imported member for `from m import name`; absent for `import m`. */
  readonly name?: string;
}

const UNKNOWN: PyType = { kind: "unknown" };

export class Symbols {
  readonly scopes: ScopeTable;
  private readonly imports = new Map<Scope, Map<string, ImportTarget>>();
  private readonly defs = new Map<Scope, Map<string, FunctionDef | ClassDef>>();
  private readonly facts = new WeakMap<ClassDef, ClassFacts>();
  /** `with m as v`: the manager expressions bound to v, for runtime classes whose __enter__
   *  returns self. */
  private readonly withValues = new Map<Scope, Map<string, Expr[]>>();

  private readonly solver: TypeSolver;
  private readonly intervals: IntervalSolver;

  constructor(module: Module) {
    this.scopes = new ScopeTable(module);
    this.collect(module.body, this.scopes.module);
    this.solver = new TypeSolver(this, module);
    this.intervals = new IntervalSolver(this, this.solver);
  }

  private collect(body: readonly Stmt[], scope: Scope): void {
    for (const stmt of body) {
      walk(stmt, (node) => {
        switch (node.kind) {
          case "Import":
            for (const alias of node.names) {
              const bound = alias.asname ?? alias.name.split(".")[0]!;
              this.importsOf(scope).set(bound, { module: alias.asname ? alias.name : bound });
            }
            return;
          case "ImportFrom":
            for (const alias of node.names) {
              if (node.module && alias.name !== "*") {
                this.importsOf(scope).set(alias.asname ?? alias.name, { module: node.module, name: alias.name });
              }
            }
            return;
          case "withitem":
            if (node.optionalVars?.kind === "Name") {
              let values = this.withValues.get(scope);
              if (!values) this.withValues.set(scope, (values = new Map()));
              const managers = values.get(node.optionalVars.id);
              if (managers) managers.push(node.contextExpr);
              else values.set(node.optionalVars.id, [node.contextExpr]);
            }
            return;
          case "FunctionDef":
          case "ClassDef": {
            let defs = this.defs.get(scope);
            if (!defs) this.defs.set(scope, (defs = new Map()));
            defs.set(node.name, node);
            this.collect(node.body, this.scopes.scopeOf(node));
            return false;
          }
          case "Lambda":
          case "ListComp":
          case "SetComp":
          case "DictComp":
          case "GeneratorExp":
            return false;
          default:
            return;
        }
      });
    }
  }

  private importsOf(scope: Scope): Map<string, ImportTarget> {
    let map = this.imports.get(scope);
    if (!map) this.imports.set(scope, (map = new Map()));
    return map;
  }



  importTarget(scope: Scope, id: string): ImportTarget | undefined {
    return this.imports.get(scope)?.get(id);
  }

  /** The symbol a bare name refers to when used in `scope`. */
  resolveName(id: string, scope: Scope): PySymbol {
    if (id === "__name__") return { kind: "dunderName" };
    if (id === "__file__" && this.scopes.resolve(id, scope).kind === "builtin") return { kind: "dunderFile" };
    const where = this.scopes.resolve(id, scope);
    if (where.kind === "builtin") {
      const builtin = builtinKinds.get(id);
      return builtin ? { kind: "builtin", name: id, builtin } : { kind: "unknown" };
    }
    const kinds = where.scope.bindings.get(id) ?? [];
    const onlyKind = kinds.every((kind) => kind === kinds[0]) ? kinds[0] : undefined;
    if (onlyKind === "import") {
      const target = this.importTarget(where.scope, id);
      if (target) return this.importSymbol(target);
    }
    if (onlyKind === "def" || onlyKind === "class") {
      const def = this.defs.get(where.scope)?.get(id);
      // A decorated def is whatever its decorators return: a value, called dynamically.
      if (def?.kind === "FunctionDef" && def.decoratorList.length === 0) return { kind: "function", def, scope: where.scope };
      if (def?.kind === "ClassDef") return { kind: "class", def, scope: where.scope };
    }
    return { kind: "variable", id, scope: where.scope };
  }

  private importSymbol(target: ImportTarget): PySymbol {
    if (target.name === undefined) return { kind: "module", module: target.module };
    const library = libraryModule(target.module);
    const member = library?.members[target.name];
    if (member) return { kind: "library", module: target.module, name: target.name, member };
    if (libraryModule(`${target.module}.${target.name}`)) return { kind: "module", module: `${target.module}.${target.name}` };
    return { kind: "unknown" };
  }

  /** The symbol an expression refers to: names and `module.attr` chains. */
  resolve(expr: Expr, scope: Scope): PySymbol {
    if (expr.kind === "Name") return this.resolveName(expr.id, scope);
    if (expr.kind === "Attribute") {
      const base = this.resolve(expr.value, scope);
      if (base.kind === "module") {
        const library = libraryModule(base.module);
        const member = library?.members[expr.attr];
        if (member) return { kind: "library", module: base.module, name: expr.attr, member };
        if (libraryModule(`${base.module}.${expr.attr}`)) return { kind: "module", module: `${base.module}.${expr.attr}` };
        if (library) return { kind: "missing", module: base.module, name: expr.attr };
      }
    }
    return { kind: "unknown" };
  }

  /** An expression's static type (see types.ts): what every way a value can reach it agrees on. */
  typeOf(expr: Expr, scope: Scope): PyType {
    const type = this.evaluate(expr, scope);
    return type.kind === "bottom" ? UNKNOWN : type;
  }

  /** Bounds on an int expression's values (see intervals.ts), or undefined when it has none. */
  intervalOf(expr: Expr, scope: Scope): Interval | undefined {
    return this.intervals.intervalOf(expr, scope);
  }

  /** typeOf under the solver's current assumptions; may be bottom while solving. */
  evaluate(expr: Expr, scope: Scope): PyType {
    switch (expr.kind) {
      case "Constant":
        switch (expr.value.type) {
          case "int":
            return { kind: "int" };
          case "float":
            return { kind: "float" };
          case "str":
            return { kind: "str" };
          case "bool":
            return { kind: "bool" };
          case "None":
            return { kind: "none" };
          default:
            return UNKNOWN;
        }
      case "JoinedStr":
        return { kind: "str" };
      case "Lambda":
        return { kind: "callable", lambda: expr };
      case "List":
        return { kind: "list", element: expr.elts.reduce<PyType>((acc, element) => join(acc, element.kind === "Starred" ? UNKNOWN : this.evaluate(element, scope)), UNKNOWN_IF_EMPTY(expr.elts.length)) };
      case "ListComp":
        return { kind: "list", element: UNKNOWN };
      case "Tuple":
        return { kind: "tuple" };
      case "Dict":
      case "DictComp":
        return { kind: "dict" };
      case "Set":
      case "SetComp":
        return { kind: "set" };
      case "Compare":
        return { kind: "bool" };
      case "BinOp": {
        const left = this.evaluate(expr.left, scope);
        const right = this.evaluate(expr.right, scope);
        if (left.kind === "instance" || left.kind === "object" || right.kind === "instance" || right.kind === "object") return UNKNOWN;
        return binaryResult(expr.op, left, right);
      }
      case "UnaryOp": {
        if (expr.op === "Not") return { kind: "bool" };
        const operand = this.evaluate(expr.operand, scope);
        if (operand.kind === "bottom") return operand;
        if (operand.kind === "int" || (operand.kind === "float" && expr.op !== "Invert")) return operand;
        if (operand.kind === "bool" && expr.op !== "UAdd") return { kind: "int" };
        return UNKNOWN;
      }
      case "BoolOp":
        return expr.values.reduce<PyType>((acc, value) => join(acc, this.evaluate(value, scope)), { kind: "bottom" });
      case "IfExp":
        return join(this.evaluate(expr.body, scope), this.evaluate(expr.orelse, scope));
      case "Subscript": {
        const container = this.evaluate(expr.value, scope);
        if (expr.slice.kind === "Slice") return container.kind === "list" || container.kind === "str" ? container : UNKNOWN;
        const index = this.evaluate(expr.slice, scope);
        if (container.kind === "bottom" || index.kind === "bottom") return { kind: "bottom" };
        if (index.kind !== "int") return UNKNOWN;
        // A list's elements change through stores, appends and aliases the solver does not
        // follow, so an element's type is never trusted; a str's characters are always str.
        if (container.kind === "str") return { kind: "str" };
        return UNKNOWN;
      }
      case "Call":
        return this.callResultType(expr.func, scope, expr);
      case "Attribute": {
        const receiver = this.evaluate(expr.value, scope);
        if (receiver.kind !== "instance") return UNKNOWN;
        const attribute = classInfo(receiver.qualname)?.attributes?.[expr.attr];
        return attribute ? { kind: "instance", qualname: attribute } : UNKNOWN;
      }
      case "Name": {
        const symbol = this.resolveName(expr.id, scope);
        if (symbol.kind !== "variable") return UNKNOWN;
        const owner = this.selfClass(symbol.id, symbol.scope);
        if (owner) return { kind: "object", def: owner };
        const managers = this.withValues.get(symbol.scope)?.get(symbol.id);
        const kinds = symbol.scope.bindings.get(symbol.id) ?? [];
        if (managers && kinds.length === managers.length && kinds.every((kind) => kind === "with")) {
          return this.withBoundType(managers, symbol.scope);
        }
        return this.solver.variable(symbol.scope, symbol.id);
      }
      default:
        return UNKNOWN;
    }
  }

  // `with A() as v: …` then `with B() as v: …`: v has the manager's type when every such
  // manager is an instance of the same runtime class whose __enter__ returns self.
  private withBoundType(managers: readonly Expr[], scope: Scope): PyType {
    const types = managers.map((manager) => this.evaluate(manager, scope));
    const first = types[0];
    if (first?.kind !== "instance" || !classInfo(first.qualname)?.enterReturnsSelf) return UNKNOWN;
    return types.every((type) => type.kind === "instance" && type.qualname === first.qualname) ? first : UNKNOWN;
  }

  private recursive?: Set<FunctionDef>;

  /** Whether a def can reach a call to itself through statically known calls. */
  isRecursive(def: FunctionDef): boolean {
    if (!this.recursive) {
      const calls = new Map<FunctionDef, Set<FunctionDef>>();
      const defs: FunctionDef[] = [];
      walk(this.scopes.module.node, (node) => {
        if (node.kind === "FunctionDef") defs.push(node);
        return;
      });
      for (const fn of defs) {
        const callees = new Set<FunctionDef>();
        for (const stmt of fn.body) {
          walk(stmt, (node) => {
            if (node.kind === "Call" && node.func.kind === "Name") {
              const symbol = this.resolveName(node.func.id, this.scopes.scopeOfName(node.func));
              if (symbol.kind === "function") callees.add(symbol.def);
            }
            return;
          });
        }
        calls.set(fn, callees);
      }
      const reaches = (from: FunctionDef, target: FunctionDef, seen: Set<FunctionDef>): boolean => {
        for (const next of calls.get(from) ?? []) {
          if (next === target) return true;
          if (!seen.has(next)) {
            seen.add(next);
            if (reaches(next, target, seen)) return true;
          }
        }
        return false;
      };
      this.recursive = new Set(defs.filter((fn) => reaches(fn, fn, new Set())));
    }
    return this.recursive.has(def);
  }

  /** The class whose method binds `id` as its `self` parameter, if that is what `id` is. */
  selfClass(id: string, scope: Scope): ClassDef | null {
    if (scope.kind !== "function" || scope.parent?.kind !== "class") return null;
    const def = scope.node as FunctionDef;
    const kinds = scope.bindings.get(id) ?? [];
    if (kinds.length !== 1 || kinds[0] !== "param") return null;
    const kind = decoratorKind(def);
    if (kind === "staticmethod" || kind === "classmethod" || kind === "unsupported") return null;
    return selfName(def, kind) === id ? (scope.parent.node as ClassDef) : null;
  }

  classFacts(def: ClassDef): ClassFacts {
    let facts = this.facts.get(def);
    if (!facts) this.facts.set(def, (facts = classFacts(def)));
    return facts;
  }

  /** The class and its user base classes, nearest first (single inheritance), and the first
   *  base that is not a user class of this module, if any. */
  classChain(def: ClassDef): { chain: ClassFacts[]; foreignBase: Expr | null } {
    const chain: ClassFacts[] = [];
    let current: ClassDef | null = def;
    let foreignBase: Expr | null = null;
    while (current && !chain.some((facts) => facts.def === current)) {
      chain.push(this.classFacts(current));
      const base: Expr | undefined = current.bases[0];
      current = null;
      if (base) {
        const symbol = this.resolve(base, this.scopes.scopeOf(def).parent ?? this.scopes.module);
        if (symbol.kind === "class") current = symbol.def;
        else foreignBase = base;
      }
    }
    return { chain, foreignBase };
  }

  private callResultType(func: Expr, scope: Scope, call: import("../ast/nodes.js").Call): PyType {
    const symbol = this.resolve(func, scope);
    if (symbol.kind === "class") return { kind: "object", def: symbol.def };
    if (symbol.kind === "function") return this.solver.returnType(symbol.def);
    if (symbol.kind === "unknown" && func.kind === "Attribute") {
      const receiver = this.typeOf(func.value, scope);
      if (receiver.kind === "instance") {
        const returns = classInfo(receiver.qualname)?.methods[func.attr]?.returns;
        if (returns) return { kind: "instance", qualname: returns };
      }
    }
    if (symbol.kind === "library") {
      if (symbol.member.kind === "class") return { kind: "instance", qualname: symbol.member.qualname };
      if (symbol.member.kind === "function" && symbol.member.returns) return { kind: "instance", qualname: symbol.member.returns };
    }
    if (symbol.kind === "builtin") {
      switch (symbol.name) {
        case "abs": {
          const argument = call.args[0] ? this.evaluate(call.args[0], scope) : UNKNOWN;
          return argument.kind === "int" || argument.kind === "float" || argument.kind === "bottom" ? argument : UNKNOWN;
        }
        case "int":
        case "len":
        case "ord":
        case "hash":
          return { kind: "int" };
        case "float":
          return { kind: "float" };
        case "str":
        case "repr":
          return { kind: "str" };
        case "list":
        case "sorted":
          return { kind: "list", element: UNKNOWN };
        case "dict":
          return { kind: "dict" };
        case "tuple":
          return { kind: "tuple" };
        case "bool":
          return { kind: "bool" };
      }
    }
    return UNKNOWN;
  }


}
