// Which functions can block, and so become `async` with their blocking calls `await`ed.
// A call blocks when it reaches a blocking runtime function or method (time.sleep,
// Process.join, Queue.get…), an async user function, or — only when some async function
// escapes as a value — a callee the analysis cannot see. CPU-bound functions stay synchronous.

import type { Call, ClassDef, Expr, FunctionDef, Lambda, Module, Node, WithItem } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import { blockingMethodNames, classInfo } from "../lower/library/index.js";
import type { Scope } from "./scopes.js";
import type { PyType, Symbols } from "./symbols.js";
import { selfName } from "./classes.js";
import { joinTypes } from "./types.js";

const UNKNOWN: PyType = { kind: "unknown" };

type FunctionNode = FunctionDef | Lambda;

/** Builtins that run through the whole iterable they are given before returning. */
const EXHAUSTING_BUILTINS = new Set(["list", "tuple", "set", "frozenset", "sorted", "sum", "min", "max", "dict"]);

/** Builtins that iterate their arguments: an async iterable (pool.imap(), p.stdout, a blocking
 *  generator expression) is collected first. print(), repr()… take it as an object. */
export const ITERATING_BUILTINS: ReadonlySet<string> = new Set([...EXHAUSTING_BUILTINS, "any", "all", "enumerate", "zip", "map", "filter", "reversed", "iter"]);

export class Blocking {
  private readonly asyncFunctions = new Set<FunctionNode>();
  private readonly asyncMethodNames = new Set<string>();
  private asyncEscapes = false;

  /** Generator expressions consumed whole where they stand: the iterable of a `for`, or the
   *  argument of a builtin that exhausts it (list, sorted, sum…). One that blocks becomes an
   *  async generator there; anywhere else it cannot (PY2TS2001). */
  private readonly consumedGenerators = new Set<Node>();

  constructor(private readonly symbols: Symbols, module: Module) {
    const functions: FunctionNode[] = [];
    walk(module, (node) => {
      if (node.kind === "FunctionDef" || node.kind === "Lambda") functions.push(node);
      if (node.kind === "For" && node.iter.kind === "GeneratorExp") this.consumedGenerators.add(node.iter);
      if (node.kind === "Call" && node.func.kind === "Name" && EXHAUSTING_BUILTINS.has(node.func.id) && node.args.length >= 1 && node.args[0]!.kind === "GeneratorExp") {
        this.consumedGenerators.add(node.args[0]!);
      }
    });
    let changed = true;
    while (changed) {
      changed = false;
      for (const fn of functions) {
        if (this.asyncFunctions.has(fn) || !this.bodyBlocks(fn)) continue;
        this.asyncFunctions.add(fn);
        if (fn.kind === "FunctionDef" && !fn.isAsync && this.isMethod(fn)) this.asyncMethodNames.add(fn.name);
        changed = true;
      }
      if (!this.asyncEscapes && this.findEscapingAsync(module)) {
        this.asyncEscapes = true;
        changed = true;
      }
    }
  }

  isAsync(fn: FunctionNode): boolean {
    return fn.kind === "FunctionDef" && fn.isAsync ? true : this.asyncFunctions.has(fn);
  }

  private isMethod(fn: FunctionDef): boolean {
    return this.symbols.scopes.scopeOf(fn).parent?.kind === "class";
  }

  private bodyBlocks(fn: FunctionNode): boolean {
    const scope = this.symbols.scopes.scopeOf(fn);
    const body: readonly Node[] = fn.kind === "Lambda" ? [fn.body] : fn.body;
    return body.some((stmt) => this.blocksIn(stmt, scope));
  }

  /** Whether evaluating `node` (not the bodies of nested functions) can block. */
  blocksIn(node: Node, scope: Scope): boolean {
    let found = false;
    const visit = (current: Node, currentScope: Scope): void => {
      walk(current, (child) => {
        if (found) return false;
        switch (child.kind) {
          case "FunctionDef":
            // Decorators and defaults run here; the body runs when called.
            for (const decorator of child.decoratorList) visit(decorator, currentScope);
            for (const value of child.args.defaults) visit(value, currentScope);
            return false;
          case "Lambda":
          case "ClassDef":
            return false;
          case "ListComp":
          case "SetComp":
          case "DictComp":
          case "GeneratorExp": {
            const inner = this.symbols.scopes.scopeOf(child);
            for (const generator of child.generators) {
              const iterScope = generator === child.generators[0] ? currentScope : inner;
              // `[f(l) for l in p.stdout]`: iterating a runtime async iterable blocks.
              if (generator.iter.kind !== "GeneratorExp" && this.iterationBlocks(generator.iter, iterScope)) found = true;
              visit(generator.iter, iterScope);
              for (const condition of generator.ifs) visit(condition, inner);
            }
            if (child.kind === "DictComp") {
              visit(child.key, inner);
              visit(child.value, inner);
            } else visit(child.elt, inner);
            return false;
          }
          case "Await":
            found = true;
            return false;
          case "Call":
            if (this.callBlocks(child, currentScope)) found = true;
            return;
          case "withitem":
            if (this.withBlocks(child, currentScope)) found = true;
            return;
          case "For":
            if (this.iterationBlocks(child.iter, currentScope)) found = true;
            return;
          default:
            return;
        }
      });
    };
    visit(node, scope);
    return found;
  }

  callBlocks(call: Call, scope: Scope): boolean {
    const symbol = this.symbols.resolve(call.func, scope);
    switch (symbol.kind) {
      case "library":
        return symbol.member.kind === "function" && symbol.member.blocking === true;
      case "function":
        // An `async def` called without `await` gives a coroutine, as in Python: only functions
        // py2ts made async (because they block) are awaited implicitly.
        return this.isAsync(symbol.def) && !symbol.def.isAsync;
      case "class":
        return this.classInitBlocks(symbol.def);
      case "builtin":
        return ITERATING_BUILTINS.has(symbol.name) && call.args.some((arg) => this.iterationBlocks(arg, scope));
      case "module":
      case "dunderName":
      case "dunderFile":
      case "missing":
        return false;
      case "variable":
      case "unknown":
        break;
    }
    if (call.func.kind === "Attribute") return this.methodBlocks(call.func.value, call.func.attr, scope);
    // Calling a runtime object whose __call__ blocks (joblib's Parallel(…)(tasks)).
    const callee = this.symbols.typeOf(call.func, scope);
    if (callee.kind === "instance") return classInfo(callee.qualname)?.methods.__call__?.blocking === true;
    return this.asyncEscapes;
  }

  private classInitBlocks(def: ClassDef): boolean {
    const init = this.findMethod(def, "__init__");
    return init !== null && this.isAsync(init);
  }

  /** The runtime class a user class derives from, if its chain ends in one. */
  runtimeBase(def: ClassDef): string | null {
    const { foreignBase } = this.symbols.classChain(def);
    if (!foreignBase) return null;
    const symbol = this.symbols.resolve(foreignBase, this.symbols.scopes.module);
    return symbol.kind === "library" && symbol.member.kind === "class" ? symbol.member.qualname : null;
  }

  /** The def that `name` resolves to on instances of `def` (its own, else a user base's). */
  findMethod(def: ClassDef, name: string): FunctionDef | null {
    for (const facts of this.symbols.classChain(def).chain) {
      const methods = facts.methods.get(name);
      if (methods) return methods[methods.length - 1]!.def;
    }
    return null;
  }

  /** `self.cells` where `self` is a user class's instance: the join of the types of every
   *  value its methods assign to `self.cells` (unknown when one of them is). */
  private instanceAttributeType(receiver: Expr, scope: Scope): PyType {
    if (receiver.kind !== "Attribute") return UNKNOWN;
    const owner = this.symbols.typeOf(receiver.value, scope);
    if (owner.kind !== "object") return UNKNOWN;
    let type: PyType = { kind: "bottom" };
    for (const facts of this.symbols.classChain(owner.def).chain) {
      for (const [, methods] of facts.methods) {
        for (const { def, kind } of methods) {
          const self = selfName(def, kind);
          if (!self) continue;
          const methodScope = this.symbols.scopes.scopeOf(def);
          walk(def, (node) => {
            if (node.kind !== "Assign" && node.kind !== "AnnAssign") return;
            const targets = node.kind === "Assign" ? node.targets : [node.target];
            for (const target of targets) {
              if (target.kind !== "Attribute" || target.attr !== receiver.attr || target.value.kind !== "Name" || target.value.id !== self) continue;
              type = node.value ? joinTypes(type, this.symbols.typeOf(node.value, methodScope)) : UNKNOWN;
            }
          });
        }
      }
    }
    return type.kind === "bottom" ? UNKNOWN : type;
  }

  methodBlocks(receiver: Expr, name: string, scope: Scope): boolean {
    let type = this.symbols.typeOf(receiver, scope);
    if (type.kind === "unknown") type = this.instanceAttributeType(receiver, scope);
    if (type.kind === "object") {
      const method = this.findMethod(type.def, name);
      if (method) return this.isAsync(method) && !method.isAsync;
      // Inherited from a runtime base class (class C(threading.Thread)): that class's table.
      const base = this.runtimeBase(type.def);
      if (base) return classInfo(base)?.methods[name]?.blocking === true;
    }
    if (type.kind === "instance") {
      const info = classInfo(type.qualname);
      if (info) return info.methods[name]?.blocking === true;
    }
    if (type.kind !== "unknown") return false;
    return blockingMethodNames.has(name) || this.asyncMethodNames.has(name);
  }

  /** Iterating a runtime async iterable (pool.imap) awaits each item: `for await`. */
  iterationBlocks(iterable: Expr, scope: Scope): boolean {
    if (iterable.kind === "GeneratorExp") return this.consumedGenerators.has(iterable) && this.blocksIn(iterable, scope);
    const type = this.symbols.typeOf(iterable, scope);
    return type.kind === "instance" && classInfo(type.qualname)?.asyncIterable === true;
  }

  withBlocks(item: WithItem, scope: Scope): boolean {
    const type = this.symbols.typeOf(item.contextExpr, scope);
    if (type.kind === "instance") return classInfo(type.qualname)?.blockingEnter === true;
    if (type.kind === "object" && !this.findMethod(type.def, "__enter__") && !this.findMethod(type.def, "__exit__")) {
      // A user subclass of a runtime class (class MyManager(BaseManager)) enters as its base does.
      const base = this.runtimeBase(type.def);
      return base !== null && classInfo(base)?.blockingEnter === true;
    }
    return type.kind === "unknown";
  }

  /** An async function used as a value (stored, passed to user code) can be called from
   *  anywhere. Handing it to the runtime (Process(target=f), pool.map(f, …)) is not escaping:
   *  the runtime awaits what it calls. */
  private findEscapingAsync(module: Module): boolean {
    let escapes = false;
    const exempt = new Set<Node>();
    walk(module, (node) => {
      if (escapes) return false;
      if (node.kind === "Call") {
        exempt.add(node.func);
        if (this.handsToRuntime(node)) {
          for (const arg of node.args) exempt.add(arg);
          for (const keyword of node.keywords) exempt.add(keyword.value);
        }
      }
      if (node.kind === "Name" && node.ctx === "Load" && !exempt.has(node)) {
        const symbol = this.symbols.resolveName(node.id, this.symbols.scopes.scopeOfName(node));
        if (symbol.kind === "function" && this.isAsync(symbol.def)) escapes = true;
      }
      return;
    });
    return escapes;
  }

  private handsToRuntime(call: Call): boolean {
    const scope = this.scopeForCall(call);
    if (!scope) return false;
    const symbol = this.symbols.resolve(call.func, scope);
    if (symbol.kind === "library") return true;
    return call.func.kind === "Attribute" && symbol.kind === "unknown" && this.symbols.typeOf(call.func.value, scope).kind === "instance";
  }

  private scopeForCall(call: Call): Scope | undefined {
    let name: Expr = call.func;
    while (name.kind === "Attribute") name = name.value;
    return name.kind === "Name" ? this.symbols.scopes.scopeOfName(name) : undefined;
  }
}
