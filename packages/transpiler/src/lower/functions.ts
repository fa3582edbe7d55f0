// Functions, lambdas and comprehensions: each has its own Python scope, so each gets its own
// frame (declarations, temporaries). A function is async only if analyze/ says it can block.

import { isGeneratorDef, returnsOf } from "../analyze/types.js";
import { annotationType } from "./annotations.js";
import type { Arguments, DictComp, Expr, FunctionDef, GeneratorExp, Lambda, ListComp, SetComp, Stmt } from "../ast/nodes.js";
import type { Scope } from "../analyze/scopes.js";
import type { FunctionFrame, LowerContext } from "./context.js";
import type { Param, TsExpr, TsStmt, TsType } from "./ir.js";
import { capturedByClosure, planDeclarations, targetNames } from "./declarations.js";
import { lowerCondition, lowerExpr } from "./expressions.js";
import { lowerBody, loopTarget } from "./statements.js";
import { walk } from "../ast/visit.js";
import { closureFactory, registerClosure } from "./fork-closures.js";

const ANY: TsType = { kind: "TypeRef", name: "any" };

/** A predicate for planDeclarations: does this Name refer to `scope`'s own binding? */
export function resolvesIn(ctx: LowerContext, scope: Scope): (name: import("../ast/nodes.js").Name) => boolean {
  return (name) => {
    const where = ctx.symbols.scopes.resolve(name.id, ctx.symbols.scopes.scopeOfName(name));
    return where.kind === "local" && where.scope === scope;
  };
}

/** Names a scope must declare itself: its locals that no def, class, import, parameter or
 *  except clause already declares. */
export function declarableNames(scope: Scope): string[] {
  const names: string[] = [];
  for (const [id, kinds] of scope.bindings) {
    if (scope.globals.has(id) || scope.nonlocals.has(id)) continue;
    // A def alone declares its name; one also bound otherwise is a variable (see lowerFunctionDef).
    const onlyDefs = kinds.every((kind) => kind === "def" || kind === "class" || kind === "import" || kind === "except");
    if (onlyDefs && !decoratedDef(scope, id)) continue;
    if (kinds.includes("param")) continue;
    names.push(id);
  }
  return names;
}

/** Whether `id` is bound in `scope` by a decorated def (which needs a variable). */
function decoratedDef(scope: Scope, id: string): boolean {
  const body = scope.node.kind === "Module" || scope.node.kind === "FunctionDef" || scope.node.kind === "ClassDef" ? scope.node.body : [];
  return body.some((stmt) => stmt.kind === "FunctionDef" && stmt.name === id && stmt.decoratorList.length > 0);
}

/** A parameter's annotation as a TS type; `x: int = None` admits null, as Python allows. */
function paramType(ctx: LowerContext, annotation: Expr | null, fallback: Expr | null): TsType {
  const type = annotationType(ctx, annotation);
  if (type.kind === "TypeRef" && type.name === "any") return type;
  const admitsNull = (candidate: TsType): boolean =>
    (candidate.kind === "TypeRef" && candidate.name === "null") || (candidate.kind === "UnionType" && candidate.types.some(admitsNull));
  if (fallback?.kind === "Constant" && fallback.value.type === "None" && !admitsNull(type)) {
    return { kind: "UnionType", types: [type, { kind: "TypeRef", name: "null" }] };
  }
  return type;
}

/** The declared result type, when the def cannot end without a return (else TS would require
 *  one Python does not); `-> None` is void. Generators keep TS's inferred type. */
export function returnType(ctx: LowerContext, def: FunctionDef, isAsync: boolean, generator: boolean): TsType | undefined {
  // A generator's sent and returned values are Python values: its type says so, or TS cannot
  // type `x = yield v`.
  if (generator) return { kind: "TypeRef", name: "Generator", args: [ANY, ANY, ANY] };
  // A recursive def's result type cannot be inferred by TS from itself.
  if (!def.returns) return ctx.symbols.isRecursive(def) ? (isAsync ? { kind: "TypeRef", name: "Promise", args: [ANY] } : ANY) : undefined;
  let type = annotationType(ctx, def.returns);
  if (type.kind === "TypeRef" && type.name === "null") type = { kind: "TypeRef", name: "void" };
  else if (returnsOf(def).fallsOff) return undefined;
  if (type.kind === "TypeRef" && type.name === "any") return undefined;
  return isAsync ? { kind: "TypeRef", name: "Promise", args: [type] } : type;
}

/** Defaults that are plain literals can stay TS default initializers: evaluating them again at
 *  each call gives the same value. Anything else is evaluated once, at `def` time, as Python does. */
function isImmutableLiteral(expr: Expr): boolean {
  if (expr.kind === "Constant") return true;
  if (expr.kind === "UnaryOp" && expr.op === "USub") return isImmutableLiteral(expr.operand);
  if (expr.kind === "Tuple") return expr.elts.every(isImmutableLiteral);
  return false;
}

/** Python parameters → TS parameters in the calling convention's order, plus the statements
 *  that evaluate non-literal defaults once, before the function is defined. */
export function lowerParams(ctx: LowerContext, owner: string, args: Arguments, options: { skipFirst?: boolean } = {}): { params: Param[]; before: TsStmt[] } {
  const before: TsStmt[] = [];
  const defaultFor = (name: string, value: Expr | null): TsExpr | undefined => {
    if (!value) return undefined;
    const lowered = lowerExpr(ctx, value);
    if (isImmutableLiteral(value)) return lowered;
    const holder = ctx.names.fresh(`${owner}_${name}_default`);
    before.push({ kind: "VarDecl", declKind: "const", target: holder, type: ANY, init: lowered });
    return { kind: "Id", name: holder };
  };
  const positional = [...args.posonlyargs, ...args.args];
  const firstDefault = positional.length - args.defaults.length;
  const params: Param[] = positional.map((arg, index) => {
    const fallback = index >= firstDefault ? args.defaults[index - firstDefault]! : null;
    return { name: ctx.names.user(arg.arg), type: paramType(ctx, arg.annotation, fallback), init: fallback ? defaultFor(arg.arg, fallback) : undefined };
  });
  if (options.skipFirst) params.shift();
  if (args.vararg) {
    const empty: TsExpr = { kind: "Call", callee: { kind: "Member", object: ctx.helper("PyTuple"), name: "of" }, args: [] };
    params.push({ name: ctx.names.user(args.vararg.arg), type: ANY, init: empty });
  }
  args.kwonlyargs.forEach((arg, index) => {
    const fallback = args.kwDefaults[index] ?? null;
    params.push({ name: ctx.names.user(arg.arg), type: paramType(ctx, arg.annotation, fallback), init: defaultFor(arg.arg, fallback) });
  });
  if (args.kwarg) params.push({ name: ctx.names.user(args.kwarg.arg), type: ANY, init: { kind: "New", callee: ctx.helper("PyDict"), args: [] } });
  return { params, before };
}

/** `crawl(date, delay=)`: the Python signature, for binding keywords at run time. */
export function signatureText(name: string, args: Arguments, options: { skipFirst?: boolean } = {}): string {
  const parts: string[] = [];
  const positional = [...args.posonlyargs, ...args.args];
  if (options.skipFirst) {
    positional.shift();
    if (args.posonlyargs.length > 0) args = { ...args, posonlyargs: args.posonlyargs.slice(1) };
  }
  const firstDefault = positional.length - args.defaults.length;
  positional.forEach((arg, index) => {
    parts.push(index >= firstDefault ? `${arg.arg}=` : arg.arg);
    if (args.posonlyargs.length > 0 && index === args.posonlyargs.length - 1) parts.push("/");
  });
  if (args.vararg) parts.push(`*${args.vararg.arg}`);
  else if (args.kwonlyargs.length > 0) parts.push("*");
  args.kwonlyargs.forEach((arg, index) => parts.push(args.kwDefaults[index] ? `${arg.arg}=` : arg.arg));
  if (args.kwarg) parts.push(`**${args.kwarg.arg}`);
  return `${name}(${parts.join(", ")})`;
}

/** `defineFunction(f, "f(a, b=)", { doc: "…" })`: the Python signature (keyword binding, TypeError
 *  messages, `__qualname__`), the docstring as `__doc__`, and whether it is a @staticmethod. */
export function defineFunctionCall(
  ctx: LowerContext,
  fn: TsExpr,
  signature: string,
  options: { doc?: string | null; static?: boolean; defaults?: { key: string; value: TsExpr }[] } = {},
): TsExpr {
  const props: { key: string; value: TsExpr }[] = [];
  if (options.doc !== undefined && options.doc !== null) props.push({ key: "doc", value: { kind: "Str", value: options.doc } });
  props.push(...(options.defaults ?? []));
  if (options.static) props.push({ key: "static", value: { kind: "Bool", value: true } });
  const args: TsExpr[] = [fn, { kind: "Str", value: signature }];
  if (props.length > 0) args.push({ kind: "ObjectLit", props });
  return ctx.callHelper("defineFunction", ...args);
}

const readsDefaults = new WeakMap<object, boolean>();

/** `defaults: PyTuple.of(…)`, `kwdefaults: { k: … }` for defineFunction, only in a module that
 *  reads `__defaults__` or `__kwdefaults__` somewhere: the values are the parameters' own
 *  initializers (a literal, or the const holding the value evaluated at `def` time). */
function defaultValues(ctx: LowerContext, def: FunctionDef, params: readonly Param[]): { key: string; value: TsExpr }[] {
  const module = ctx.symbols.scopes.module.node;
  let reads = readsDefaults.get(module);
  if (reads === undefined) {
    reads = false;
    walk(module, (node) => {
      if (node.kind === "Attribute" && (node.attr === "__defaults__" || node.attr === "__kwdefaults__")) reads = true;
    });
    readsDefaults.set(module, reads);
  }
  if (!reads) return [];
  const positional = def.args.posonlyargs.length + def.args.args.length;
  const defaults = params.slice(0, positional).flatMap((param) => (param.init ? [param.init] : []));
  const kwonly = params.slice(positional + (def.args.vararg ? 1 : 0), positional + (def.args.vararg ? 1 : 0) + def.args.kwonlyargs.length);
  const kwdefaults = def.args.kwonlyargs.flatMap((arg, index) => (kwonly[index]?.init ? [{ key: arg.arg, value: kwonly[index]!.init! }] : []));
  const out: { key: string; value: TsExpr }[] = [];
  if (defaults.length > 0) out.push({ key: "defaults", value: { kind: "Call", callee: { kind: "Member", object: ctx.helper("PyTuple"), name: "of" }, args: defaults } });
  if (kwdefaults.length > 0) out.push({ key: "kwdefaults", value: { kind: "ObjectLit", props: kwdefaults } });
  return out;
}

function withoutDocstring(def: FunctionDef): readonly Stmt[] {
  return def.docstring !== null ? def.body.slice(1) : def.body;
}

export function frameBody(
  ctx: LowerContext,
  scope: Scope,
  body: readonly Stmt[],
  isAsync: boolean,
  lowerInside: () => TsStmt[],
  options: { thisParam?: { scope: Scope; id: string }; arrow?: boolean } = {},
): TsStmt[] {
  const plan = planDeclarations(scope, body, declarableNames(scope), resolvesIn(ctx, scope));
  const frame: FunctionFrame = { scope, isAsync, plan, temps: [], caught: [], ...options };
  const statements = ctx.withFrame(frame, lowerInside);
  const temps: TsStmt[] = frame.temps.map((name) => ({ kind: "VarDecl", declKind: "let", target: name, type: ANY }));
  const alias: TsStmt[] =
    frame.needsSelfAlias && options.thisParam
      ? [{ kind: "VarDecl", declKind: "const", target: ctx.names.user(options.thisParam.id), init: { kind: "Id", name: "this" } }]
      : [];
  return [...alias, ...temps, ...statements];
}

export interface LoweredCallable {
  readonly returnType?: TsType;
  readonly params: Param[];
  readonly before: TsStmt[];
  readonly body: TsStmt[];
  readonly async: boolean;
  readonly generator: boolean;
}

/** The parts every def shares, a function or a method: parameters, defaults evaluated at
 *  `def` time, and the body in its own frame. */
export function lowerCallable(ctx: LowerContext, def: FunctionDef, owner: string, options: { thisParam?: string } = {}): LoweredCallable | null {
  const scope = ctx.symbols.scopes.scopeOf(def);
  const isAsync = ctx.blocking.isAsync(def);
  const generator = isGeneratorDef(def);
  if (generator && isAsync) {
    ctx.unsupported(def, "a generator that blocks (an async generator)");
    return null;
  }
  const { params, before } = lowerParams(ctx, owner, def.args, { skipFirst: options.thisParam !== undefined });
  const body = withoutDocstring(def);
  const thisParam = options.thisParam !== undefined ? { scope, id: options.thisParam } : undefined;
  const statements = frameBody(ctx, scope, body, isAsync, () => lowerBody(ctx, body), { thisParam });
  const type = returnType(ctx, def, isAsync, generator);
  if (def.isAsync) {
    // The outer function only makes the coroutine object; PromiseLike keeps a recursive
    // coroutine's type from depending on itself.
    const body = coroutineBody(ctx, def, statements, thisParam !== undefined, type);
    return { params, before, body, async: false, generator: false, returnType: { kind: "TypeRef", name: "PromiseLike", args: [ANY] } };
  }
  const wrapped = generator ? generatorBody(ctx, statements, thisParam !== undefined) : statements;
  return { params, before, body: wrapped, async: isAsync, generator: false, returnType: type };
}

// async def f(): body  →  function f(): PromiseLike<any> { return coroutine(async function f() { body }, "f"); }
// Calling f makes a coroutine object whose body starts when it is awaited or a Task first
// schedules it, not at the call (runtime builtins/coroutine.ts). A method passes its `this`.
// The body function carries the def's name, so traceback frames show it, unless the body
// refers to that name (a named function expression would capture it).
function coroutineBody(ctx: LowerContext, def: FunctionDef, statements: TsStmt[], method: boolean, returnType: TsType | undefined): TsStmt[] {
  const name = mentions(def.body, def.name) ? undefined : ctx.names.user(def.name);
  const params: Param[] = method ? [{ name: "this", type: ANY }] : [];
  const body: TsExpr = { kind: "FunctionExpr", name, params, body: statements, async: true, generator: false, returnType };
  const args: TsExpr[] = [body, { kind: "Str", value: def.name }];
  if (method) args.push({ kind: "Id", name: "this" });
  return [{ kind: "Return", value: ctx.callHelper("coroutine", ...args) }];
}

function mentions(body: readonly Stmt[], id: string): boolean {
  let found = false;
  for (const stmt of body) {
    walk(stmt, (node) => {
      if (node.kind === "Name" && node.id === id) found = true;
      return found ? false : undefined;
    });
  }
  return found;
}

// def g(): body  →  function g() { return generator(function* () { body }); }
// The JS generator runs the body; the runtime's PyGenerator around it gives Python's
// send/throw/close, the just-started check and PEP 479. A method passes its `this` along.
function generatorBody(ctx: LowerContext, statements: TsStmt[], method: boolean): TsStmt[] {
  const body: TsExpr = { kind: "FunctionExpr", params: method ? [{ name: "this", type: ANY }] : [], body: statements, async: false, generator: true };
  const call = method ? ctx.callHelper("generator", body, { kind: "Id", name: "this" }) : ctx.callHelper("generator", body);
  return [{ kind: "Return", value: call }];
}

export function lowerFunctionDef(ctx: LowerContext, def: FunctionDef, options: { exported: boolean; escapes: boolean }): TsStmt[] {
  const name = ctx.names.user(def.name);
  const lowered = lowerCallable(ctx, def, name);
  if (!lowered) return [];
  const { params, before, body: statements, async: isAsync, generator } = lowered;
  const scope = ctx.symbols.scopes.scopeOf(def).parent;
  const reboundName = scope !== null && (scope.bindings.get(def.name) ?? []).some((kind) => kind !== "def");
  if (def.decoratorList.length > 0 || reboundName) {
    // @d1 @d2(x) def f(…) → const f = d1(d2(x)(defineFunction(function f(…) {…}, "f(…)")));
    // a def whose name is also assigned (`f = trace(f)`) is likewise a variable holding it.
    let value: TsExpr = defineFunctionCall(
      ctx,
      // Anonymous: a named function expression would bind its own name inside, so a recursive
      // call would bypass the decorator (lru_cache…). defineFunction names it from the signature.
      { kind: "FunctionExpr", params, body: statements, async: isAsync, generator, returnType: lowered.returnType },
      signatureText(def.name, def.args),
      { doc: def.docstring, defaults: defaultValues(ctx, def, params) },
    );
    for (let index = def.decoratorList.length - 1; index >= 0; index--) {
      const decorator = def.decoratorList[index]!;
      // A class used as a decorator is instantiated with the function.
      const isClass = ctx.symbols.resolve(decorator, ctx.scope).kind === "class";
      value = { kind: isClass ? "New" : "Call", callee: lowerExpr(ctx, decorator), args: [value] };
    }
    const declared = ctx.frame.plan.atDef?.get(def);
    const target = { kind: "Id", name } as const;
    const binding: TsStmt = declared
      ? { kind: "VarDecl", declKind: declared, target: name, init: value, exported: options.exported }
      : { kind: "ExprStmt", expr: { kind: "Assign", op: "=", target, value } };
    return [...before, binding];
  }
  const fn: TsStmt = {
    kind: "Function",
    name,
    returnType: lowered.returnType,
    params,
    body: statements,
    async: isAsync,
    generator,
    exported: options.exported,
    doc: def.docstring ?? undefined,
  };
  const after: TsStmt[] = options.escapes
    ? [{ kind: "ExprStmt", expr: defineFunctionCall(ctx, { kind: "Id", name }, signatureText(def.name, def.args), { doc: def.docstring, defaults: defaultValues(ctx, def, params) }) }]
    : [];
  const closure = ctx.forkClosures.get(def);
  if (closure !== undefined) {
    // A nested def a forked child runs: registered after it is defined, and rebuilt in the
    // child by `export function forkClosure_inner(x, q) { function inner… return inner; }`.
    const holders = before.map((stmt) => (stmt as { target: string }).target);
    const register: TsStmt = { kind: "ExprStmt", expr: registerClosure(ctx, closure, { kind: "Id", name }, holders) };
    const factoryBody = ctx.located(def, [fn, ...after, register, { kind: "Return", value: { kind: "Id", name } }]);
    ctx.moduleLevelDefs.push(closureFactory(ctx, closure, holders, factoryBody));
    return [...before, fn, ...after, register];
  }
  return [...before, fn, ...after];
}

export function lowerLambda(ctx: LowerContext, lambda: Lambda): TsExpr {
  const scope = ctx.symbols.scopes.scopeOf(lambda);
  const isAsync = ctx.blocking.isAsync(lambda);
  const { params, before } = lowerParams(ctx, "lambda", lambda.args);
  let value: TsExpr = { kind: "Undefined" };
  const temps = frameBody(
    ctx,
    scope,
    [],
    isAsync,
    () => {
      value = lowerExpr(ctx, lambda.body);
      return [];
    },
    { arrow: true },
  );
  const body: TsExpr | TsStmt[] = temps.length === 0 ? value : [...temps, { kind: "Return", value }];
  const holders = before.map((stmt) => (stmt as { target: string }).target);
  const arrow = forkClosureLambda(ctx, lambda, { kind: "Arrow", params, body, async: isAsync }, holders);
  if (before.length === 0) return arrow;
  // lambda x, i=i: … → ((i_default) => (x, i = i_default) => …)(i): the default is evaluated
  // once, when the lambda is created, as Python does.
  const values = before.map((stmt) => (stmt as { init: TsExpr }).init);
  return { kind: "Call", callee: { kind: "Arrow", params: holders.map((name) => ({ name, type: ANY })), body: arrow, async: false }, args: values };
}

// Process(target=lambda a: …) → Process(kw({ target: forkClosure(defineFunction((a) => …,
// "<lambda>(a)"), "forkClosure_lambda", () => [x], "<lambda>") })), plus a module-level
// `export function forkClosure_lambda(x) { return <the same expression>; }` a forked child calls.
function forkClosureLambda(ctx: LowerContext, lambda: Lambda, arrow: TsExpr, holders: readonly string[]): TsExpr {
  const closure = ctx.forkClosures.get(lambda);
  if (closure === undefined) return arrow;
  const scope = ctx.symbols.scopes.scopeOf(lambda);
  for (const id of closure.free) {
    const where = ctx.symbols.scopes.resolve(id, scope);
    if (where.kind === "local" && ctx.thisReference(where.scope, id) === "this") {
      return ctx.unsupported(lambda, `a lambda that reads the method's '${id}' as a forked process's callable (use a nested def)`);
    }
  }
  const registered = registerClosure(ctx, closure, defineFunctionCall(ctx, arrow, signatureText("<lambda>", lambda.args)), holders);
  ctx.moduleLevelDefs.push(closureFactory(ctx, closure, holders, ctx.located(lambda, [{ kind: "Return", value: registered }])));
  return registered;
}

/** `[elt for x in xs if c]` → an immediately called arrow with its own scope, as Python
 *  gives comprehensions their own scope. */
export function lowerComprehension(ctx: LowerContext, node: ListComp | SetComp | DictComp | GeneratorExp): TsExpr {
  const scope = ctx.symbols.scopes.scopeOf(node);
  const isAsync = ctx.blocking.blocksIn(node, ctx.scope);
  // A blocking generator expression is an async generator, which only a `for` (as `for await`)
  // or an exhausting builtin (collected first) can consume.
  if (node.kind === "GeneratorExp" && isAsync && !ctx.blocking.iterationBlocks(node, ctx.scope)) {
    return ctx.unsupported(node, "a generator expression that blocks, other than the iterable of a `for` or the argument of list(), sorted(), sum()…,");
  }
  const outerIter = lowerExpr(ctx, node.generators[0]!.iter);
  const firstIterable: TsExpr = { kind: "Id", name: ctx.names.fresh("iterable") };
  const result = ctx.names.fresh("result");
  const resultId: TsExpr = { kind: "Id", name: result };
  const statements = frameBody(ctx, scope, [], isAsync, () => {
    const add: TsStmt =
      node.kind === "GeneratorExp"
        ? { kind: "ExprStmt", expr: { kind: "Yield", value: lowerExpr(ctx, node.elt), delegate: false } }
        : node.kind === "ListComp"
        ? { kind: "ExprStmt", expr: { kind: "Call", callee: { kind: "Member", object: resultId, name: "push" }, args: [lowerExpr(ctx, node.elt)] } }
        : node.kind === "SetComp"
          ? { kind: "ExprStmt", expr: { kind: "Call", callee: { kind: "Member", object: resultId, name: "add" }, args: [lowerExpr(ctx, node.elt)] } }
          : { kind: "ExprStmt", expr: ctx.callHelper("setitem", resultId, lowerExpr(ctx, node.key), lowerExpr(ctx, node.value)) };
    let inner: TsStmt[] = [add];
    for (let index = node.generators.length - 1; index >= 0; index--) {
      const generator = node.generators[index]!;
      if (generator.isAsync) return [...ctx.unsupportedStmt(generator, "async comprehensions")];
      for (let c = generator.ifs.length - 1; c >= 0; c--) inner = [{ kind: "If", test: lowerCondition(ctx, generator.ifs[c]!), then: inner }];
      // A generator expression evaluates its first iterable at once, the rest lazily.
      const iterable = index === 0 ? (node.kind === "GeneratorExp" ? firstIterable : outerIter) : lowerExpr(ctx, generator.iter);
      // A target a closure in the comprehension captures is one variable for all iterations.
      const parts = [node.kind === "DictComp" ? node.key : node.elt, ...(node.kind === "DictComp" ? [node.value] : []), ...node.generators.flatMap((g) => [g.iter, ...g.ifs])];
      const shared = targetNames(generator.target).filter((id) => capturedByClosure(parts, id));
      for (const id of shared) ctx.frame.temps.push(ctx.names.user(id));
      const loop = loopTarget(ctx, generator.target, iterable, shared.length > 0 ? undefined : "const");
      const awaited = ctx.blocking.iterationBlocks(generator.iter, index === 0 ? ctx.scope : scope);
      inner = [{ ...loop, body: [...loop.body, ...inner], ...(awaited ? { await: true } : {}) }];
    }
    if (node.kind === "GeneratorExp") return inner;
    const init: TsExpr =
      node.kind === "ListComp" ? { kind: "ArrayLit", elements: [] } : { kind: "New", callee: ctx.helper(node.kind === "SetComp" ? "PySet" : "PyDict"), args: [] };
    return [
      { kind: "VarDecl", declKind: "const", target: result, type: node.kind === "ListComp" ? { kind: "ArrayType", element: ANY } : undefined, init },
      ...inner,
      { kind: "Return", value: resultId },
    ];
  }, { arrow: node.kind !== "GeneratorExp" });
  if (node.kind === "GeneratorExp") {
    // (x for x in xs) → generator((function* (iterable) { for (const x of iterable) yield x; })(xs))
    const param = (firstIterable as { name: string }).name;
    const call: TsExpr = {
      kind: "Call",
      callee: { kind: "FunctionExpr", params: [{ name: param, type: ANY }], body: statements, async: isAsync, generator: true },
      args: [outerIter],
    };
    return isAsync ? call : ctx.callHelper("generator", call);
  }
  const call: TsExpr = { kind: "Call", callee: { kind: "Arrow", params: [], body: statements, async: isAsync }, args: [] };
  return ctx.awaitIf(isAsync, call);
}
