// Python statements → IR statements. Each `lowerX` carries a comment pair of input and output.

import type { Assign, AugAssign, Expr, For, If, Stmt, Try, While, With } from "../ast/nodes.js";
import { assertNever } from "../ast/nodes.js";
import { unsupportedModule, unsupportedName } from "../diagnostics/index.js";
import type { LowerContext } from "./context.js";
import type { TsExpr, TsStmt, TsType } from "./ir.js";
import { isSafe } from "../analyze/intervals.js";
import { directAttribute, inplaceHelpers, intOperation, isInt, isListIndex, lowerCondition, lowerExpr, lowerRawInt } from "./expressions.js";
import { lowerFunctionDef } from "./functions.js";
import { lowerClassDef } from "./classes.js";
import { lowerMatch } from "./match.js";
import { lowerFloat, rawFloatName } from "./floats.js";
import { BUILTINS_MODULE, libraryModule } from "./library/index.js";
import { targetNames } from "./declarations.js";
import { walk } from "../ast/visit.js";
import { isGeneratorDef } from "../analyze/types.js";

const ANY: TsType = { kind: "TypeRef", name: "any" };

/** A block's statements, preceded by the `let`s the declaration plan hoists to its top. */
export function lowerBody(ctx: LowerContext, body: readonly Stmt[]): TsStmt[] {
  const hoisted = ctx.frame.plan.hoisted.get(body) ?? [];
  const unbound = ctx.frame.plan.unbound;
  const declarations: TsStmt[] = hoisted.map((id) => ({
    kind: "VarDecl",
    declKind: "let",
    target: ctx.names.user(id),
    type: ANY,
    init: unbound?.has(id) ? ctx.helper("UNBOUND") : undefined,
  }));
  return [...declarations, ...body.flatMap((stmt) => [...ctx.commentsBefore(stmt.span.start), ...ctx.located(stmt, lowerStmt(ctx, stmt))])];
}

function exprStmt(expr: TsExpr): TsStmt {
  return { kind: "ExprStmt", expr };
}

function assign(target: TsExpr, value: TsExpr): TsStmt {
  return exprStmt({ kind: "Assign", op: "=", target, value });
}

/** A `for` target: `x` stays a name; `a, b` destructures items checked by `unpackEach`. */
export function loopTarget(ctx: LowerContext, target: Expr, iterable: TsExpr, declKind: "let" | "const" | undefined): Extract<TsStmt, { kind: "ForOf" }> {
  if (target.kind === "Name") return { kind: "ForOf", declKind, target: ctx.names.user(target.id), iterable, body: [] };
  if ((target.kind === "Tuple" || target.kind === "List") && target.elts.every((element) => element.kind === "Name")) {
    const pattern: TsExpr = { kind: "ArrayPattern", elements: target.elts.map((element) => ({ kind: "Id", name: ctx.names.user((element as { id: string }).id) })) };
    return {
      kind: "ForOf",
      declKind,
      target: pattern,
      iterable: ctx.callHelper("unpackEach", iterable, { kind: "Num", value: target.elts.length }),
      body: [],
    };
  }
  // for i, (k, v) in …: each item goes through the assignment rules (nested unpacking checked).
  const item = ctx.names.fresh("item");
  return { kind: "ForOf", declKind: "const", target: item, iterable, body: assignTo(ctx, target, { kind: "Id", name: item }, undefined) };
}

// x = v → const x = v (first and only binding) | x = v;  a, b = v → const [a, b] = unpack(v, 2)
function lowerAssign(ctx: LowerContext, stmt: Assign): TsStmt[] {
  const declared = ctx.frame.plan.atAssign.get(stmt);
  const only = stmt.targets.length === 1 ? stmt.targets[0]! : null;
  if (only?.kind === "Name" && rawFloatName(ctx, only)) {
    // A raw-float local holds a JS number (lower/floats.ts).
    const name = ctx.names.user(only.id);
    const raw = lowerFloat(ctx, stmt.value);
    if (declared) return [{ kind: "VarDecl", declKind: declared.kind, target: name, type: { kind: "TypeRef", name: "number" }, init: raw }];
    return [assign({ kind: "Id", name }, raw)];
  }
  const value = lowerExpr(ctx, stmt.value);
  if (stmt.targets.length === 1) return assignTo(ctx, stmt.targets[0]!, value, declared?.kind);
  // a = b = v: evaluate v once, assign left to right.
  const temp = ctx.temp("value");
  return [assign(temp, value), ...stmt.targets.flatMap((target) => assignTo(ctx, target, temp, undefined))];
}

function assignTo(ctx: LowerContext, target: Expr, value: TsExpr, declKind: "let" | "const" | undefined): TsStmt[] {
  switch (target.kind) {
    case "Name": {
      const name = ctx.names.user(target.id);
      // A `let` is reassigned with whatever Python values flow in: typed `any`, not its first
      // value's type. A `const` of a literal gets its Python type, not a TS literal type (so
      // `x == 99` with x = 5 still compiles), and `[]` a list type TS cannot infer when closures use it.
      if (declKind) return [{ kind: "VarDecl", declKind, target: name, init: value, type: declKind === "let" ? ANY : constType(ctx, value) }];
      return [assign({ kind: "Id", name }, value)];
    }
    case "Tuple":
    case "List": {
      const starAt = target.elts.findIndex((element) => element.kind === "Starred");
      if (target.elts.filter((element) => element.kind === "Starred").length > 1) return ctx.unsupportedStmt(target, "more than one starred target");
      // a, *rest, z = v → unpackStarred(v, 1, 1): the middle comes back as one list.
      const unpacked =
        starAt >= 0
          ? ctx.callHelper("unpackStarred", value, { kind: "Num", value: starAt }, { kind: "Num", value: target.elts.length - starAt - 1 })
          : ctx.callHelper("unpack", value, { kind: "Num", value: target.elts.length });
      const elements = target.elts.map((element) => (element.kind === "Starred" ? element.value : element));
      if (elements.every((element) => element.kind === "Name")) {
        const names = elements.map((element) => ctx.names.user((element as { id: string }).id));
        const pattern: TsExpr = { kind: "ArrayPattern", elements: names.map((name) => ({ kind: "Id", name })) };
        if (declKind) return [{ kind: "VarDecl", declKind, target: pattern, init: unpacked, type: declKind === "let" ? { kind: "ArrayType", element: ANY } : undefined }];
        return [assign(pattern, unpacked)];
      }
      // Nested, attribute and subscript targets: unpack once, then assign each item in order.
      const items = ctx.temp("items");
      return [assign(items, unpacked), ...elements.flatMap((element, index) => assignTo(ctx, element, { kind: "Index", object: items, index: { kind: "Num", value: index } }, undefined))];
    }
    case "Attribute": {
      const object = lowerExpr(ctx, target.value);
      if (directAttribute(ctx, target.value, target.attr)) return [assign({ kind: "Member", object, name: target.attr }, value)];
      return [exprStmt(ctx.callHelper("setattr", object, { kind: "Str", value: target.attr }, value))];
    }
    case "Subscript": {
      const helper = isListIndex(ctx, target.value, target.slice) ? "listSet" : "setitem";
      return [exprStmt(ctx.callHelper(helper, lowerExpr(ctx, target.value), lowerKey(ctx, target.slice), value))];
    }
    default:
      return ctx.unsupportedStmt(target, "this assignment target");
  }
}

function constType(ctx: LowerContext, value: TsExpr): TsType | undefined {
  const builtin = (name: string): TsType => ({ kind: "TypeRef", name: ctx.imports.named_(BUILTINS_MODULE, name) });
  switch (value.kind) {
    case "Num":
    case "BigInt":
      return builtin("int");
    case "Str":
    case "Template":
      return builtin("str");
    case "Bool":
      return builtin("bool");
    case "ArrayLit":
      // A Python list holds anything later on (`a.append(a)`), whatever its literal held.
      return { kind: "ArrayType", element: ANY };
    default:
      return undefined;
  }
}

function lowerKey(ctx: LowerContext, key: Expr): TsExpr {
  return lowerExpr(ctx, key);
}

/** Evaluates an expression once: simple names stay, anything else goes through a temporary. */
function once(ctx: LowerContext, value: TsExpr, preferred: string): { setup: TsStmt[]; ref: TsExpr } {
  if (value.kind === "Id" || value.kind === "Num" || value.kind === "Str") return { setup: [], ref: value };
  const temp = ctx.temp(preferred);
  return { setup: [assign(temp, value)], ref: temp };
}

// x += v → x = iadd(x, v);  o.a += v → setattr(o, "a", iadd(getattr(o, "a"), v))
function lowerAugAssign(ctx: LowerContext, stmt: AugAssign): TsStmt[] {
  // Ints are immutable, so `x += 1` on an int is `x = x + 1`: the int fast path applies.
  const helper = intOperation(ctx, stmt.op, stmt.target, stmt.value) ?? inplaceHelpers[stmt.op];
  const target = stmt.target;
  if (target.kind === "Name" && rawFloatName(ctx, target)) {
    // x += v on a raw-float local: x = x + v in JS numbers (lower/floats.ts).
    const raw = lowerFloat(ctx, { kind: "BinOp", left: target, op: stmt.op, right: stmt.value, span: stmt.span });
    return [assign({ kind: "Id", name: ctx.names.user(target.id) }, raw)];
  }
  const value = lowerExpr(ctx, stmt.value);
  switch (target.kind) {
    case "Name": {
      const name: TsExpr = { kind: "Id", name: ctx.names.user(target.id) };
      const raw = lowerRawInt(ctx, { kind: "BinOp", left: target, op: stmt.op, right: stmt.value, span: stmt.span }, name, value);
      return [assign(name, raw ?? ctx.callHelper(helper, name, value))];
    }
    case "Attribute": {
      const { setup, ref } = once(ctx, lowerExpr(ctx, target.value), "object");
      const attr: TsExpr = { kind: "Str", value: target.attr };
      if (directAttribute(ctx, target.value, target.attr)) {
        const member: TsExpr = { kind: "Member", object: ref, name: target.attr };
        return [...setup, assign(member, ctx.callHelper(helper, member, value))];
      }
      return [...setup, exprStmt(ctx.callHelper("setattr", ref, attr, ctx.callHelper(helper, ctx.callHelper("getattr", ref, attr), value)))];
    }
    case "Subscript": {
      const object = once(ctx, lowerExpr(ctx, target.value), "object");
      const key = once(ctx, lowerKey(ctx, target.slice), "key");
      const list = isListIndex(ctx, target.value, target.slice);
      const current = ctx.callHelper(list ? "listGet" : "getitem", object.ref, key.ref);
      return [...object.setup, ...key.setup, exprStmt(ctx.callHelper(list ? "listSet" : "setitem", object.ref, key.ref, ctx.callHelper(helper, current, value)))];
    }
    default:
      return ctx.unsupportedStmt(target, "this augmented assignment target");
  }
}

// if a: … elif b: … else: … → if (truth(a)) { … } else if (truth(b)) { … } else { … }
function lowerIf(ctx: LowerContext, stmt: If): TsStmt[] {
  return [{ kind: "If", test: lowerCondition(ctx, stmt.test), then: lowerBody(ctx, stmt.body), else: stmt.orelse.length > 0 ? lowerBody(ctx, stmt.orelse) : undefined }];
}

/** A loop with an `else` runs inside a labelled block; `break` leaves the block, skipping
 *  the `else`, which runs when the loop ends normally. */
function withElse(ctx: LowerContext, orelse: readonly Stmt[], loop: (label: string | null) => TsStmt[]): TsStmt[] {
  if (orelse.length === 0) return ctx.inLoop(null, () => loop(null));
  const label = ctx.names.fresh("loop");
  const statements = ctx.inLoop(label, () => loop(label));
  return [{ kind: "Labeled", label, body: [...statements, ...lowerBody(ctx, orelse)] }];
}

// while c: … → while (truth(c)) { … }
// while c: … else: e → loop: { while (truth(c)) { … break loop; … } e }
function lowerWhile(ctx: LowerContext, stmt: While): TsStmt[] {
  return withElse(ctx, stmt.orelse, () => [{ kind: "While", test: lowerCondition(ctx, stmt.test), body: lowerBody(ctx, stmt.body) }]);
}


// for i in range(a, b): … → for (let i = a; i < b; i++) { … }   (ints, loop-owned i)
// for x in xs: … → for (const x of xs) { … }
function lowerFor(ctx: LowerContext, stmt: For): TsStmt[] {
  if (stmt.isAsync) {
    // async for x in it → for await (const x of aiter(it)): __aiter__/__anext__ or a JS async iterable.
    return withElse(ctx, stmt.orelse, () => {
      const loop = loopTarget(ctx, stmt.target, ctx.callHelper("aiter", lowerExpr(ctx, stmt.iter)), ctx.frame.plan.inLoopHead.get(stmt) ? "const" : undefined);
      return [{ ...loop, body: [...loop.body, ...lowerBody(ctx, stmt.body)], await: true }];
    });
  }
  return withElse(ctx, stmt.orelse, () => lowerForLoop(ctx, stmt));
}

function lowerForLoop(ctx: LowerContext, stmt: For): TsStmt[] {
  const owned = ctx.frame.plan.inLoopHead.get(stmt);
  const iter = stmt.iter;
  if (owned && stmt.target.kind === "Name" && iter.kind === "Call" && iter.keywords.length === 0) {
    const callee = ctx.symbols.resolve(iter.func, ctx.scope);
    const args = iter.args;
    if (callee.kind === "builtin" && callee.name === "range" && args.length >= 1 && args.length <= 3 && args.every((arg) => isInt(ctx, arg))) {
      return lowerRangeLoop(ctx, stmt, stmt.target.id, args);
    }
  }
  const iterable = lowerExpr(ctx, iter);
  const loop = loopTarget(ctx, stmt.target, temporaryGenerator(ctx, stmt) ? ctx.callHelper("closingAtExit", iterable) : iterable, owned ? "const" : undefined);
  const awaited = ctx.blocking.iterationBlocks(iter, ctx.scope);
  return [{ ...loop, body: [...loop.body, ...lowerBody(ctx, stmt.body)], ...(awaited ? { await: true } : {}) }];
}

/** `for x in gen(): … break`: the loop holds the only reference to a new generator, so CPython
 *  frees it, closing it (its `finally` runs), when the loop is left early. */
function temporaryGenerator(ctx: LowerContext, stmt: For): boolean {
  const iter = stmt.iter;
  const generator =
    iter.kind === "GeneratorExp" ||
    (iter.kind === "Call" && ((symbol) => symbol.kind === "function" && isGeneratorDef(symbol.def))(ctx.symbols.resolve(iter.func, ctx.scope)));
  if (!generator) return false;
  let leaves = false;
  for (const inner of stmt.body) {
    walk(inner, (node) => {
      if (node.kind === "FunctionDef" || node.kind === "ClassDef" || node.kind === "Lambda") return false;
      if (node.kind === "Break" || node.kind === "Return" || node.kind === "Raise") leaves = true;
      return !leaves;
    });
  }
  return leaves;
}

/** range() evaluates its arguments once: anything but a literal is held in a const. */
function evaluatedOnce(ctx: LowerContext, value: TsExpr, preferred: string, setup: TsStmt[]): TsExpr {
  if (value.kind === "Num") return value;
  const holder = ctx.names.fresh(preferred);
  setup.push({ kind: "VarDecl", declKind: "const", target: holder, init: value });
  return { kind: "Id", name: holder };
}

// for i in range(a, b, s): … → for (let i = a; i < b; i += s) { … }  (s > 0; `>` for s < 0)
function lowerRangeLoop(ctx: LowerContext, stmt: For, id: string, args: readonly Expr[]): TsStmt[] {
  const name = ctx.names.user(id);
  const counter: TsExpr = { kind: "Id", name };
  const setup: TsStmt[] = [];
  const start: TsExpr = args.length >= 2 ? evaluatedOnce(ctx, lowerExpr(ctx, args[0]!), "start", setup) : { kind: "Num", value: 0 };
  const stop = evaluatedOnce(ctx, lowerExpr(ctx, args[args.length >= 2 ? 1 : 0]!), "stop", setup);
  let test: TsExpr = { kind: "Binary", op: "<", left: counter, right: stop };
  let update: TsExpr = { kind: "Update", op: "++", operand: counter };
  if (args.length === 3) {
    const stepNode = args[2]!;
    const literal = stepNode.kind === "Constant" && stepNode.value.type === "int" ? Number(stepNode.value.value) : stepNode.kind === "UnaryOp" && stepNode.op === "USub" && stepNode.operand.kind === "Constant" && stepNode.operand.value.type === "int" ? -Number(stepNode.operand.value.value) : null;
    if (literal === 0) return ctx.unsupportedStmt(stepNode, "range() with a zero step");
    // A step proved a non-zero safe int (analyze/intervals.ts) has a known direction and needs
    // no check; any other step must be checked as range() does (zero is a ValueError).
    const range = ctx.symbols.intervalOf(stepNode, ctx.scope);
    const sign = literal !== null ? Math.sign(literal) : isSafe(range) ? (range!.lo! > 0n ? 1 : range!.hi! < 0n ? -1 : 0) : 0;
    const step =
      literal !== null ? ({ kind: "Num", value: literal } as TsExpr) : evaluatedOnce(ctx, sign !== 0 ? lowerExpr(ctx, stepNode) : ctx.callHelper("rangeStep", lowerExpr(ctx, stepNode)), "step", setup);
    update = { kind: "Assign", op: "+=", target: counter, value: step };
    const down: TsExpr = { kind: "Binary", op: ">", left: counter, right: stop };
    test = sign > 0 ? test : sign < 0 ? down : { kind: "Cond", test: { kind: "Binary", op: ">", left: step, right: { kind: "Num", value: 0 } }, then: test, else: down };
  }
  // `i++` is exact only while i + step stays a safe integer (past 2**53 it would stop moving):
  // without that proof the counter steps by the exact int addition.
  if (!counterStaysSafe(ctx, stmt.target, args)) update = { kind: "Assign", op: "=", target: counter, value: ctx.callHelper("addInt", counter, args.length === 3 ? (update as { value: TsExpr }).value : { kind: "Num", value: 1 }) };
  return [...setup, { kind: "For", init: { kind: "VarDecl", declKind: "let", target: name, init: start }, test, update, body: lowerBody(ctx, stmt.body) }];
}

/** Whether every counter value, and every counter value plus the step, is a safe integer. */
function counterStaysSafe(ctx: LowerContext, target: Expr, args: readonly Expr[]): boolean {
  const counter = ctx.symbols.intervalOf(target, ctx.scope);
  const step = args.length === 3 ? ctx.symbols.intervalOf(args[2]!, ctx.scope) : { lo: 1n, hi: 1n };
  if (!isSafe(counter) || !isSafe(step)) return false;
  const lo = counter!.lo! + (step!.lo! < 0n ? step!.lo! : 0n);
  const hi = counter!.hi! + (step!.hi! > 0n ? step!.hi! : 0n);
  return isSafe({ lo, hi });
}

// with m as v: body → const manager = m; const v = await enterContext(manager);
//   let raised = false; try { body } catch (error) { raised = true; if (!(await exitContext(manager, error))) throw error; }
//   finally { if (!raised) await exitContext(manager); }
function lowerWith(ctx: LowerContext, stmt: With, index = 0): TsStmt[] {
  const item = stmt.items[index];
  if (!item) return lowerBody(ctx, stmt.body);
  // `async with` awaits __aenter__/__aexit__ (enterContext/exitContext with { async: true }).
  const blocks = stmt.isAsync || ctx.blocking.withBlocks(item, ctx.scope);
  const asyncArgs: TsExpr[] = stmt.isAsync ? [{ kind: "Bool", value: true }] : [];
  const manager = ctx.names.fresh("manager");
  const managerId: TsExpr = { kind: "Id", name: manager };
  const setup: TsStmt[] = [{ kind: "VarDecl", declKind: "const", target: manager, init: lowerExpr(ctx, item.contextExpr) }];
  const entered = ctx.awaitIf(blocks, ctx.callHelper("enterContext", managerId, ...asyncArgs));
  if (item.optionalVars) setup.push(...assignTo(ctx, item.optionalVars, entered, undefined));
  else setup.push(exprStmt(entered));
  const raised = ctx.names.fresh("raised");
  const error = ctx.names.fresh("error");
  const raisedId: TsExpr = { kind: "Id", name: raised };
  const errorId: TsExpr = { kind: "Id", name: error };
  const inner = index + 1 < stmt.items.length ? lowerWith(ctx, stmt, index + 1) : lowerBody(ctx, stmt.body);
  return [
    ...setup,
    { kind: "VarDecl", declKind: "let", target: raised, init: { kind: "Bool", value: false } },
    {
      kind: "Try",
      body: inner,
      handler: {
        name: error,
        body: [
          assign(raisedId, { kind: "Bool", value: true }),
          {
            kind: "If",
            test: { kind: "Unary", op: "!", operand: ctx.awaitIf(blocks, ctx.callHelper("exitContext", managerId, errorId, ...asyncArgs)) },
            then: [{ kind: "Throw", value: errorId }],
          },
        ],
      },
      finalizer: [
        {
          kind: "If",
          test: { kind: "Unary", op: "!", operand: raisedId },
          then: [exprStmt(ctx.awaitIf(blocks, ctx.callHelper("exitContext", managerId, ...(stmt.isAsync ? [{ kind: "Undefined" } as TsExpr, ...asyncArgs] : []))))],
        },
      ],
    },
  ];
}

// try: a except E as e: b else: c finally: d →
//   try { a; c-guard } catch (thrown) { const error = enterExcept(thrown);
//     try { if (isinstance(error, E)) { const e = error; b } else throw error; }
//     catch (raised) { throw chainContext(raised, error); } finally { leaveExcept(error); } } finally { d }
function lowerTry(ctx: LowerContext, stmt: Try): TsStmt[] {
  if (stmt.isStar) return ctx.unsupportedStmt(stmt, "`except*`");
  const body = lowerBody(ctx, stmt.body);
  let tryBody = body;
  const setup: TsStmt[] = [];
  let completed: TsExpr | null = null;
  if (stmt.orelse.length > 0) {
    completed = { kind: "Id", name: ctx.names.fresh("completed") };
    setup.push({ kind: "VarDecl", declKind: "let", target: (completed as { name: string }).name, init: { kind: "Bool", value: false } });
    tryBody = [...body, assign(completed, { kind: "Bool", value: true })];
  }
  let handler: { name: string; body: TsStmt[] } | undefined;
  if (stmt.handlers.length > 0) {
    const thrown = ctx.names.fresh("thrown");
    const error = ctx.names.fresh("error");
    const errorId: TsExpr = { kind: "Id", name: error };
    ctx.frame.caught.push(error);
    let chain: TsStmt[] = [{ kind: "Throw", value: errorId }];
    for (let index = stmt.handlers.length - 1; index >= 0; index--) {
      const clause = stmt.handlers[index]!;
      const clauseBody: TsStmt[] = [];
      if (clause.name && ctx.frame.plan.unbound?.has(clause.name)) {
        // The name is used outside the handler: the handler binds the function's variable and
        // unbinds it at the end, as CPython's implicit `finally: del e` does.
        const name: TsExpr = { kind: "Id", name: ctx.names.user(clause.name) };
        clauseBody.push(assign(name, errorId), { kind: "Try", body: lowerBody(ctx, clause.body), finalizer: [assign(name, ctx.helper("UNBOUND"))] });
      } else {
        if (clause.name) clauseBody.push({ kind: "VarDecl", declKind: "const", target: ctx.names.user(clause.name), init: errorId });
        clauseBody.push(...lowerBody(ctx, clause.body));
      }
      if (!clause.type) chain = clauseBody;
      else chain = [{ kind: "If", test: ctx.callHelper("isinstance", errorId, lowerExpr(ctx, clause.type)), then: clauseBody, else: chain }];
    }
    ctx.frame.caught.pop();
    // The handlers run with `error` as the exception being handled (sys.exc_info()); one that
    // leaves them gets it as its __context__.
    const raised = ctx.names.fresh("raised");
    const handling: TsStmt = {
      kind: "Try",
      body: chain,
      handler: { name: raised, body: [{ kind: "Throw", value: ctx.callHelper("chainContext", { kind: "Id", name: raised }, errorId) }] },
      finalizer: [exprStmt(ctx.callHelper("leaveExcept", errorId))],
    };
    handler = { name: thrown, body: [{ kind: "VarDecl", declKind: "const", target: error, init: ctx.callHelper("enterExcept", { kind: "Id", name: thrown }) }, handling] };
  }
  const orelse = completed ? [{ kind: "If", test: completed, then: lowerBody(ctx, stmt.orelse) } as TsStmt] : [];
  if (stmt.finalbody.length === 0) return [...setup, { kind: "Try", body: tryBody, handler }, ...orelse];
  const finalbody = lowerBody(ctx, stmt.finalbody);
  if (stmt.finalbody.every((s) => s.kind === "Pass")) {
    if (orelse.length > 0) return [...setup, { kind: "Try", body: [{ kind: "Try", body: tryBody, handler }, ...orelse], finalizer: finalbody }];
    return [...setup, { kind: "Try", body: tryBody, handler, finalizer: finalbody }];
  }
  // The finally block runs with a propagating exception as the one being handled
  // (sys.exc_info(), the __context__ of an exception raised in it), as in CPython:
  //   let unwinding = null; try { … } catch (thrown) { throw (unwinding = enterExcept(thrown)); }
  //   finally { try { d } catch (raised) { throw chainContext(raised, unwinding); } finally { leaveExcept(unwinding); } }
  const unwinding: TsExpr = { kind: "Id", name: ctx.names.fresh("unwinding") };
  const thrown = ctx.names.fresh("thrown");
  const raised = ctx.names.fresh("raised");
  const exceptionType: TsType = { kind: "UnionType", types: [{ kind: "TypeRef", name: ctx.imports.named_(BUILTINS_MODULE, "BaseException") }, { kind: "TypeRef", name: "null" }] };
  const protectedBody: TsStmt[] = handler || orelse.length > 0 ? [{ kind: "Try", body: tryBody, handler }, ...orelse] : tryBody;
  return [
    ...setup,
    { kind: "VarDecl", declKind: "let", target: (unwinding as { name: string }).name, type: exceptionType, init: { kind: "Null" } },
    {
      kind: "Try",
      body: protectedBody,
      handler: { name: thrown, body: [{ kind: "Throw", value: { kind: "Assign", op: "=", target: unwinding, value: ctx.callHelper("enterExcept", { kind: "Id", name: thrown }) } }] },
      finalizer: [
        {
          kind: "Try",
          body: finalbody,
          handler: { name: raised, body: [{ kind: "Throw", value: ctx.callHelper("chainContext", { kind: "Id", name: raised }, unwinding) }] },
          finalizer: [exprStmt(ctx.callHelper("leaveExcept", unwinding))],
        },
      ],
    },
  ];
}

function lowerImport(ctx: LowerContext, stmt: Extract<Stmt, { kind: "Import" | "ImportFrom" }>): TsStmt[] {
  if (stmt.kind === "Import") {
    for (const alias of stmt.names) {
      if (!libraryModule(alias.name)) ctx.sink.reportIn(ctx.file, unsupportedModule(alias.span, alias.name));
    }
    return [];
  }
  if (stmt.level > 0 || stmt.module === null) return ctx.unsupportedStmt(stmt, "relative imports");
  const library = libraryModule(stmt.module);
  if (!library) {
    ctx.sink.reportIn(ctx.file, unsupportedModule(stmt.span, stmt.module));
    return [];
  }
  for (const alias of stmt.names) {
    if (alias.name === "*") ctx.unsupported(alias, "`import *`");
    else if (!library.members[alias.name] && !libraryModule(`${stmt.module}.${alias.name}`)) {
      ctx.sink.reportIn(ctx.file, unsupportedName(alias.span, stmt.module, alias.name));
    }
  }
  return [];
}

// xs.append(v) as a statement, xs a list → xs.push(v) (its result, None, is not used)
function lowerListAppend(ctx: LowerContext, expr: Expr): TsExpr | null {
  if (expr.kind !== "Call" || expr.func.kind !== "Attribute" || expr.func.attr !== "append") return null;
  if (expr.args.length !== 1 || expr.args[0]!.kind === "Starred" || expr.keywords.length > 0) return null;
  if (ctx.symbols.typeOf(expr.func.value, ctx.scope).kind !== "list") return null;
  return { kind: "Call", callee: { kind: "Member", object: lowerExpr(ctx, expr.func.value), name: "push" }, args: [lowerExpr(ctx, expr.args[0]!)] };
}

export function lowerStmt(ctx: LowerContext, stmt: Stmt): TsStmt[] {
  switch (stmt.kind) {
    case "ExprStmt":
      // A bare string (a docstring or a comment) or `...` (a placeholder body) has no effect.
      if (stmt.value.kind === "Constant" && (stmt.value.value.type === "str" || stmt.value.value.type === "Ellipsis")) return [];
      return [exprStmt(lowerListAppend(ctx, stmt.value) ?? lowerExpr(ctx, stmt.value))];
    case "Assign":
      return lowerAssign(ctx, stmt);
    case "AugAssign":
      return lowerAugAssign(ctx, stmt);
    case "AnnAssign":
      if (!stmt.value) return [];
      return lowerAssign(ctx, { kind: "Assign", targets: [stmt.target], value: stmt.value, span: stmt.span });
    case "If":
      return lowerIf(ctx, stmt);
    case "While":
      return lowerWhile(ctx, stmt);
    case "For":
      return lowerFor(ctx, stmt);
    case "With":
      return lowerWith(ctx, stmt);
    case "Try":
      return lowerTry(ctx, stmt);
    case "FunctionDef": {
      const nestedModuleDef = ctx.scope.kind === "module" && !ctx.topLevel.has(stmt) && stmt.decoratorList.length === 0 && (ctx.scope.bindings.get(stmt.name)?.length ?? 0) === 1;
      if (nestedModuleDef) {
        // Python binds it as a module global; a child process must find it by name.
        ctx.moduleLevelDefs.push(...lowerFunctionDef(ctx, stmt, { exported: true, escapes: true }));
        return [];
      }
      // A def in a block of another kind of scope is a plain (block-scoped) declaration.
      return lowerFunctionDef(ctx, stmt, { exported: ctx.scope.kind === "module" && ctx.topLevel.has(stmt), escapes: true });
    }
    case "Return":
      return [{ kind: "Return", value: stmt.value ? lowerExpr(ctx, stmt.value) : undefined }];
    case "Pass":
    case "Global":
    case "Nonlocal":
      return [];
    case "Break":
      return [{ kind: "Break", label: ctx.breakLabel() }];
    case "Continue":
      return [{ kind: "Continue" }];
    case "Import":
    case "ImportFrom":
      return lowerImport(ctx, stmt);
    case "Raise": {
      if (stmt.cause && stmt.exc) {
        // raise E from C: E.__cause__ = C (None suppresses the context), as CPython does.
        return [{ kind: "Throw", value: ctx.callHelper("raiseFrom", lowerExpr(ctx, stmt.exc), lowerExpr(ctx, stmt.cause)) }];
      }
      if (!stmt.exc) {
        const caught = ctx.frame.caught[ctx.frame.caught.length - 1];
        // Outside an except block of this function: whatever its caller is handling.
        if (!caught) return [{ kind: "Throw", value: ctx.callHelper("reraise") }];
        return [{ kind: "Throw", value: { kind: "Id", name: caught } }];
      }
      return [{ kind: "Throw", value: ctx.callHelper("raisable", lowerExpr(ctx, stmt.exc)) }];
    }
    case "Assert": {
      const args = stmt.msg ? [lowerExpr(ctx, stmt.msg)] : [];
      return [{ kind: "If", test: { kind: "Unary", op: "!", operand: lowerCondition(ctx, stmt.test) }, then: [{ kind: "Throw", value: { kind: "New", callee: ctx.helper("AssertionError"), args } }] }];
    }
    case "Delete":
      return stmt.targets.flatMap((target) => lowerDelete(ctx, target));
    case "ClassDef":
      return lowerClassDef(ctx, stmt, { exported: ctx.scope.kind === "module" && ctx.topLevel.has(stmt) });
    case "Match":
      return lowerMatch(ctx, stmt);
    default:
      return assertNever(stmt, "statement");
  }
}

// del d[k] → delitem(d, k);  del obj.attr → delattr(obj, "attr");
// del x → x = deleteName(x, "x") (NameError / UnboundLocalError when x is already unbound).
function lowerDelete(ctx: LowerContext, target: Expr): TsStmt[] {
  switch (target.kind) {
    case "Subscript":
      return [exprStmt(ctx.callHelper("delitem", lowerExpr(ctx, target.value), lowerKey(ctx, target.slice)))];
    case "Attribute":
      return [exprStmt(ctx.callHelper("delattr", lowerExpr(ctx, target.value), { kind: "Str", value: target.attr }))];
    case "Tuple":
    case "List":
      return target.elts.flatMap((elt) => lowerDelete(ctx, elt));
    case "Name": {
      const symbol = ctx.symbols.resolve(target, ctx.scope);
      if (symbol.kind !== "variable" || symbol.scope !== ctx.frame.scope || !ctx.frame.plan.unbound?.has(target.id)) {
        return ctx.unsupportedStmt(target, "`del` of a global or enclosing-scope name");
      }
      const id: TsExpr = { kind: "Id", name: ctx.names.user(target.id) };
      // A class body, like the module, raises NameError (LOAD_NAME), not UnboundLocalError.
      const helper = ctx.frame.scope.kind === "module" || ctx.frame.scope.kind === "class" ? "deleteName" : "deleteLocal";
      return [assign(id, ctx.callHelper(helper, id, { kind: "Str", value: target.id }))];
    }
    default:
      return ctx.unsupportedStmt(target, "`del` of this target");
  }
}
