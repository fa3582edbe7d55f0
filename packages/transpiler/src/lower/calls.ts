// Calls. A user function whose signature is known is bound at compile time (keywords become
// positions); runtime callables get keywords as one trailing `kw({…})`; anything else binds at
// run time through the signature the runtime keeps (docs/ARCHITECTURE.md, calling convention).

import type { Arguments, Call, ClassDef, Expr, FunctionDef } from "../ast/nodes.js";
import type { Scope } from "../analyze/scopes.js";
import type { LowerContext } from "./context.js";
import type { TsExpr } from "./ir.js";
import { lowerElement, lowerExpr } from "./expressions.js";
import { referenceSymbol } from "./references.js";
import { classInfo } from "./library/index.js";
import { untranslatablePattern } from "./library/re-patterns.js";
import { unsupportedPythonChild } from "./library/subprocess.js";
import { decoratorKind } from "../analyze/classes.js";
import { ITERATING_BUILTINS } from "../analyze/blocking.js";
import { inMultipleInheritance } from "./hierarchy.js";


const PRINT_KEYWORDS = new Set(["sep", "end", "file", "flush"]);

/** The keywords of a call as one record: `{ k: v }`, or the mapping of a lone `**d`. */
function keywordObject(ctx: LowerContext, call: Call): TsExpr | null {
  if (call.keywords.length === 0) return null;
  if (hasDoubleStar(call)) {
    if (call.keywords.length === 1) return lowerExpr(ctx, call.keywords[0]!.value);
    // f(a=1, **d, b=2): merged in order; a repeated name is CPython's TypeError.
    return ctx.callHelper(
      "mergeKeywords",
      ...call.keywords.map((keyword): TsExpr => (keyword.arg === null ? lowerExpr(ctx, keyword.value) : { kind: "ObjectLit", props: [{ key: keyword.arg, value: lowerExpr(ctx, keyword.value) }] })),
    );
  }
  return {
    kind: "ObjectLit",
    props: call.keywords.map((keyword) => ({ key: keyword.arg!, value: lowerExpr(ctx, keyword.value) })),
  };
}

/** Positional arguments, then the keywords as a trailing `kw({…})`. */
function runtimeArgs(ctx: LowerContext, call: Call): TsExpr[] {
  const args = call.args.map((arg) => lowerElement(ctx, arg));
  const keywords = keywordObject(ctx, call);
  if (keywords) args.push(ctx.callHelper("kw", keywords));
  return args;
}

function hasDoubleStar(call: Call): boolean {
  return call.keywords.some((keyword) => keyword.arg === null);
}

export function lowerCall(ctx: LowerContext, call: Call): TsExpr {
  const blocks = ctx.blocking.callBlocks(call, ctx.scope);
  const symbol = ctx.symbols.resolve(call.func, ctx.scope);
  switch (symbol.kind) {
    case "builtin": {
      // vars() without an argument is locals(), which the runtime cannot see.
      if (symbol.name === "vars" && call.args.length === 0) return ctx.unsupported(call, "vars() without an argument (the locals)");
      const callee = referenceSymbol(ctx, symbol, call.func);
      if (symbol.name === "print" && call.keywords.length > 0 && !hasDoubleStar(call)) {
        const unknown = call.keywords.find((keyword) => !PRINT_KEYWORDS.has(keyword.arg!));
        if (unknown) return ctx.unsupported(unknown, `print() keyword '${unknown.arg}'`);
        return ctx.awaitIf(blocks, ctx.callHelper("printWith", keywordObject(ctx, call)!, ...call.args.map((arg) => lowerElement(ctx, arg))));
      }
      // list(pool.imap(…)): a runtime async iterator is collected (awaited) before the builtin sees it.
      const args = runtimeArgs(ctx, call).map((arg, index) =>
        index < call.args.length && ITERATING_BUILTINS.has(symbol.name) && ctx.blocking.iterationBlocks(call.args[index]!, ctx.scope)
          ? ({ kind: "Await", value: ctx.callHelper("collectAsync", arg) } as TsExpr)
          : arg,
      );
      return symbol.builtin === "exception" ? { kind: "New", callee, args } : { kind: "Call", callee, args };
    }
    case "library": {
      const callee = referenceSymbol(ctx, symbol, call.func);
      const args = runtimeArgs(ctx, call);
      if (symbol.member.kind === "value") return ctx.unsupported(call, `calling ${symbol.module}.${symbol.name}`);
      if (symbol.module === "re") {
        const isReFlag = (expr: Expr): string | null => {
          const flag = ctx.symbols.resolve(expr, ctx.scope);
          return flag.kind === "library" && flag.module === "re" ? flag.name : null;
        };
        const bad = untranslatablePattern(symbol.name, call, isReFlag);
        if (bad) return ctx.unsupported(bad.node, `${bad.construct} in a regular expression (JavaScript's RegExp cannot express it)`);
      }
      if (symbol.module === "subprocess") {
        const isSysExecutable = (expr: Expr): boolean => {
          const resolved = ctx.symbols.resolve(expr, ctx.scope);
          return resolved.kind === "library" && resolved.module === "sys" && resolved.name === "executable";
        };
        const bad = unsupportedPythonChild(symbol.name, call, isSysExecutable);
        if (bad) return ctx.unsupported(bad.node, bad.construct);
      }
      const isClass = symbol.member.kind === "class" || symbol.member.kind === "exception";
      return ctx.awaitIf(blocks, isClass ? { kind: "New", callee, args } : { kind: "Call", callee, args });
    }
    case "function": {
      const callee = referenceSymbol(ctx, symbol, call.func);
      const bound = hasDoubleStar(call) ? null : bindStatically(ctx, symbol.def.args, call);
      // Unbindable at compile time (a starred argument, or a call CPython rejects): the runtime
      // binds it and raises CPython's TypeError, never a JS call with missing arguments.
      const expr: TsExpr = bound
        ? { kind: "Call", callee, args: bound }
        : ctx.callHelper("callFunction", callee, { kind: "ArrayLit", elements: call.args.map((arg) => lowerElement(ctx, arg)) }, ...(keywordObject(ctx, call) ? [keywordObject(ctx, call)!] : []));
      return ctx.awaitIf(blocks, expr);
    }
    case "class": {
      // C(a, k=v) → new C(a, v), bound against __init__ (without self) when it is ours.
      const callee = referenceSymbol(ctx, symbol, call.func);
      const init = ctx.blocking.findMethod(symbol.def, "__init__");
      const bound = init ? bindStatically(ctx, withoutSelf(init.args), call) : call.args.length === 0 && call.keywords.length === 0 ? [] : null;
      return { kind: "New", callee, args: bound ?? runtimeArgs(ctx, call) };
    }
    case "missing":
      return referenceSymbol(ctx, symbol, call.func);
    case "module":
    case "dunderName":
    case "dunderFile":
      return ctx.unsupported(call, "calling a module");
    case "variable":
    case "unknown":
      break;
  }
  if (call.func.kind === "Attribute") return ctx.awaitIf(blocks, lowerMethodCall(ctx, call, call.func.value, call.func.attr));
  return ctx.awaitIf(blocks, lowerValueCall(ctx, call));
}

/** A call of a value: a lambda bound at compile time, an object's __call__, `cls(…)` in a
 *  classmethod; anything else through callFunction, which binds the arguments against the
 *  callee's signature (a decorated function's `*args` wrapper, say) and constructs classes. */
function lowerValueCall(ctx: LowerContext, call: Call): TsExpr {
  const callee = lowerExpr(ctx, call.func);
  const type = ctx.symbols.typeOf(call.func, ctx.scope);
  if (type.kind === "instance" && classInfo(type.qualname)?.methods.__call__) {
    return { kind: "Call", callee: { kind: "Member", object: callee, name: "__call__" }, args: runtimeArgs(ctx, call) };
  }
  if (type.kind === "callable") {
    const bound = bindStatically(ctx, type.lambda.args, call);
    if (bound) return { kind: "Call", callee, args: bound };
  }
  if (type.kind === "object") {
    const method = ctx.blocking.findMethod(type.def, "__call__");
    const bound = method ? bindStatically(ctx, withoutSelf(method.args), call) : null;
    if (bound) return { kind: "Call", callee: { kind: "Member", object: callee, name: "__call__" }, args: bound };
  }
  if (callee.kind === "Id" && callee.name === "this" && !hasDoubleStar(call) && call.keywords.length === 0) {
    // cls(…) in a classmethod: the class is `this`.
    return { kind: "New", callee, args: call.args.map((arg) => lowerElement(ctx, arg)) };
  }
  const args = call.args.map((arg) => lowerElement(ctx, arg));
  const keywords = keywordObject(ctx, call);
  return ctx.callHelper("callFunction", callee, { kind: "ArrayLit", elements: args }, ...(keywords ? [keywords] : []));
}

function withoutSelf(args: Arguments): Arguments {
  if (args.posonlyargs.length > 0) return { ...args, posonlyargs: args.posonlyargs.slice(1) };
  return { ...args, args: args.args.slice(1) };
}

/** The base class of the class whose method is being lowered: a user class, "runtime" for a
 *  runtime or builtin class, or null at module level. */
function enclosingClassBase(ctx: LowerContext): ClassDef | "runtime" | null {
  let scope: Scope | null = ctx.scope;
  while (scope && !(scope.kind === "function" && scope.parent?.kind === "class")) scope = scope.parent;
  const owner = scope?.parent?.node;
  if (!owner || owner.kind !== "ClassDef") return null;
  const { chain, foreignBase } = ctx.symbols.classChain(owner);
  if (chain.length > 1) return chain[1]!.def;
  return foreignBase ? "runtime" : null;
}

/** The class whose method (or nested function) is being lowered. */
function enclosingClass(ctx: LowerContext): ClassDef | null {
  let scope: Scope | null = ctx.scope;
  while (scope && !(scope.kind === "function" && scope.parent?.kind === "class")) scope = scope.parent;
  const owner = scope?.parent?.node;
  return owner && owner.kind === "ClassDef" ? owner : null;
}

function isSuperCall(expr: Expr): boolean {
  return expr.kind === "Call" && expr.func.kind === "Name" && expr.func.id === "super";
}

/** `recv.name(args)`: directly on a runtime object of known class or a user object whose class
 *  defines the method (bound at compile time), else by Python lookup at run time. */
function lowerMethodCall(ctx: LowerContext, call: Call, receiver: Expr, name: string): TsExpr {
  if (isSuperCall(receiver)) {
    const superArgs = (receiver as Call).args;
    const owner = enclosingClass(ctx);
    if (superArgs.length > 0 || (owner && inMultipleInheritance(ctx.symbols, owner))) {
      // super(C, self).name(args) → pySuper(C, this).name(args): the class after C in the MRO of
      // self's class, found at run time (also plain super() in a multiple-inheritance hierarchy).
      const args: TsExpr[] =
        superArgs.length > 0 ? superArgs.map((arg) => lowerExpr(ctx, arg)) : [{ kind: "Id", name: ctx.names.user(owner!.name) }, { kind: "Id", name: "this" }];
      return dynamicCall(ctx, { kind: "Member", object: ctx.callHelper("pySuper", ...args), name }, call);
    }
    // super().name(args) → super.name(args): the next class in the (single) inheritance chain,
    // bound at compile time when that class is ours; a runtime class binds keywords itself.
    const callee: TsExpr = { kind: "Member", object: { kind: "Id", name: "super" }, name };
    const base = enclosingClassBase(ctx);
    if (base === "runtime") return { kind: "Call", callee, args: runtimeArgs(ctx, call) };
    const method = base ? ctx.blocking.findMethod(base, name) : null;
    const bound = method ? bindStatically(ctx, withoutSelf(method.args), call) : null;
    if (bound) return { kind: "Call", callee, args: bound };
    const boundMethod: TsExpr = { kind: "Call", callee: { kind: "Member", object: callee, name: "bind" }, args: [{ kind: "Id", name: "this" }] };
    return dynamicCall(ctx, boundMethod, call);
  }
  const classSymbol = ctx.symbols.resolve(receiver, ctx.scope);
  if (classSymbol.kind === "class") {
    // C.static_method(args): a direct call, bound against the method's own parameters.
    const method = ctx.blocking.findMethod(classSymbol.def, name);
    if (method && method.decoratorList.length > 0) {
      const params = method.decoratorList.some((d) => d.kind === "Name" && d.id === "classmethod") ? withoutSelf(method.args) : method.args;
      const bound = bindStatically(ctx, params, call);
      if (bound) return { kind: "Call", callee: { kind: "Member", object: referenceSymbol(ctx, classSymbol, receiver), name }, args: bound };
    }
  }
  const object = lowerExpr(ctx, receiver);
  const type = ctx.symbols.typeOf(receiver, ctx.scope);
  if (type.kind === "object") {
    const method = ctx.blocking.findMethod(type.def, name);
    const kind = method ? decoratorKind(method) : null;
    if (method && (kind === "method" || kind === "abstract")) {
      const bound = bindStatically(ctx, withoutSelf(method.args), call);
      if (bound) return { kind: "Call", callee: { kind: "Member", object, name }, args: bound };
    }
    if (method && (kind === "staticmethod" || kind === "classmethod") && receiver.kind === "Name") {
      // obj.static_method(…) is Cls.static_method(…); the receiver (a name) has no side effect.
      const owner = ctx.symbols.classChain(type.def).chain.find((facts) => facts.methods.has(name))!.def;
      const bound = bindStatically(ctx, kind === "classmethod" ? withoutSelf(method.args) : method.args, call);
      if (bound) return { kind: "Call", callee: { kind: "Member", object: { kind: "Id", name: ctx.names.user(owner.name) }, name }, args: bound };
    }
  }
  if (type.kind === "instance" && classInfo(type.qualname)?.methods[name]) {
    return { kind: "Call", callee: { kind: "Member", object, name }, args: runtimeArgs(ctx, call) };
  }
  return ctx.callHelper("callMethod", object, { kind: "Str", value: name }, ...runtimeArgs(ctx, call));
}

/** A call whose callee is a value: keywords are bound by the runtime. */
function dynamicCall(ctx: LowerContext, callee: TsExpr, call: Call): TsExpr {
  const args = call.args.map((arg) => lowerElement(ctx, arg));
  if (call.keywords.length === 0) return { kind: "Call", callee, args };
  return ctx.callHelper("callFunction", callee, { kind: "ArrayLit", elements: args }, keywordObject(ctx, call)!);
}

/** Python's argument binding done at compile time; null when only the runtime can do it
 *  exactly (a starred argument, or a call CPython rejects with a TypeError). */
export function bindStatically(ctx: LowerContext, params: Arguments, call: Call): TsExpr[] | null {
  if (call.args.some((arg) => arg.kind === "Starred") || hasDoubleStar(call)) return null;
  const positional = [...params.posonlyargs, ...params.args];
  const slots: (TsExpr | undefined)[] = new Array(positional.length).fill(undefined);
  const extra: TsExpr[] = [];
  call.args.forEach((arg, index) => {
    if (index < positional.length) slots[index] = lowerExpr(ctx, arg);
    else extra.push(lowerExpr(ctx, arg));
  });
  if (extra.length > 0 && !params.vararg) return null;
  const kwonly: (TsExpr | undefined)[] = new Array(params.kwonlyargs.length).fill(undefined);
  const extraKeywords: { key: string; value: TsExpr }[] = [];
  for (const keyword of call.keywords) {
    const name = keyword.arg!;
    const index = params.args.findIndex((param) => param.arg === name);
    const slot = index >= 0 ? params.posonlyargs.length + index : -1;
    if (slot >= 0) {
      if (slots[slot] !== undefined) return null;
      slots[slot] = lowerExpr(ctx, keyword.value);
      continue;
    }
    const kwIndex = params.kwonlyargs.findIndex((param) => param.arg === name);
    if (kwIndex >= 0) {
      kwonly[kwIndex] = lowerExpr(ctx, keyword.value);
      continue;
    }
    if (!params.kwarg) return null;
    extraKeywords.push({ key: name, value: lowerExpr(ctx, keyword.value) });
  }
  const firstDefault = positional.length - params.defaults.length;
  if (slots.some((slot, index) => slot === undefined && index < firstDefault)) return null;
  if (kwonly.some((slot, index) => slot === undefined && params.kwDefaults[index] === null)) return null;

  const args: TsExpr[] = slots.map((slot) => slot ?? { kind: "Undefined" });
  if (params.vararg) args.push({ kind: "Call", callee: { kind: "Member", object: ctx.helper("PyTuple"), name: "of" }, args: extra });
  args.push(...kwonly.map((slot): TsExpr => slot ?? { kind: "Undefined" }));
  if (params.kwarg) {
    args.push({
      kind: "New",
      callee: ctx.helper("PyDict"),
      args: [{ kind: "ArrayLit", elements: extraKeywords.map(({ key, value }) => ({ kind: "ArrayLit", elements: [{ kind: "Str", value: key }, value] })) }],
    });
  }
  while (args.length > 0 && args[args.length - 1]!.kind === "Undefined") args.pop();
  return args;
}

export type { FunctionDef };
