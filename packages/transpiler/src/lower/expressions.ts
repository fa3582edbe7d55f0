// Python expressions → IR expressions with Python's semantics. Operators whose operand types
// are not known go through the runtime's operator functions; conditions go through `truth`.

import type { BinOperator, CmpOperator, Compare, Constant, Expr, JoinedStr, Name } from "../ast/nodes.js";
import { assertNever } from "../ast/nodes.js";
import type { LowerContext } from "./context.js";
import type { TsExpr } from "./ir.js";
import { lowerCall } from "./calls.js";
import { lowerComprehension, lowerLambda } from "./functions.js";
import { referenceSymbol } from "./references.js";
import { decoratorKind, hasKnownAttribute } from "../analyze/classes.js";
import { boxFloat, involvesRawFloat, lowerFloat, rawFloatName } from "./floats.js";
import { isFoldedConstant } from "./constant-fold.js";
import { isSafe, type Interval } from "../analyze/intervals.js";

const binaryHelpers: Record<BinOperator, string> = {
  Add: "add",
  Sub: "sub",
  Mult: "mul",
  MatMult: "matmul",
  Div: "truediv",
  Mod: "mod",
  Pow: "pow",
  LShift: "lshift",
  RShift: "rshift",
  BitOr: "or_",
  BitXor: "xor",
  BitAnd: "and_",
  FloorDiv: "floordiv",
};

export const inplaceHelpers: Record<BinOperator, string> = {
  Add: "iadd",
  Sub: "isub",
  Mult: "imul",
  MatMult: "imatmul",
  Div: "itruediv",
  Mod: "imod",
  Pow: "ipow",
  LShift: "ilshift",
  RShift: "irshift",
  BitOr: "ior",
  BitXor: "ixor",
  BitAnd: "iand",
  FloorDiv: "ifloordiv",
};

const compareHelpers: Partial<Record<CmpOperator, string>> = {
  Eq: "eq",
  NotEq: "ne",
  Lt: "lt",
  LtE: "le",
  Gt: "gt",
  GtE: "ge",
};

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Operators with an int-specialised runtime fast path (runtime builtins/fastint.ts). */
const intHelpers: Partial<Record<BinOperator, string>> = {
  Add: "addInt",
  Sub: "subInt",
  Mult: "mulInt",
  FloorDiv: "floordivInt",
  Mod: "modInt",
};

const jsComparisons: Partial<Record<CmpOperator, "<" | "<=" | ">" | ">=" | "===" | "!==">> = {
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
  Eq: "===",
  NotEq: "!==",
};

export function isInt(ctx: LowerContext, expr: Expr): boolean {
  return ctx.symbols.typeOf(expr, ctx.scope).kind === "int";
}

/** `a op b` for two ints: the fast helper when there is one. */
export function intOperation(ctx: LowerContext, op: BinOperator, left: Expr, right: Expr): string | undefined {
  return isInt(ctx, left) && isInt(ctx, right) ? intHelpers[op] : undefined;
}

const rawIntOperators: Partial<Record<BinOperator, "+" | "-" | "*" | "%">> = { Add: "+", Sub: "-", Mult: "*", Mod: "%" };

// i * j % 7 (i, j, the product proved within ±(2^53 − 1))  →  (i * j) % 7
/** `a op b` on ints as plain JS arithmetic, when the interval analysis (analyze/intervals.ts)
 *  proves both operands and the result safe integers, so no rounding can happen; else undefined. */
export function lowerRawInt(ctx: LowerContext, expr: Expr & { kind: "BinOp" }, left: TsExpr, right: TsExpr): TsExpr | undefined {
  const op = rawIntOperators[expr.op];
  if (!op || !isInt(ctx, expr.left) || !isInt(ctx, expr.right)) return undefined;
  const leftRange = ctx.symbols.intervalOf(expr.left, ctx.scope);
  const rightRange = ctx.symbols.intervalOf(expr.right, ctx.scope);
  if (!isSafe(leftRange) || !isSafe(rightRange) || !isSafe(ctx.symbols.intervalOf(expr, ctx.scope))) return undefined;
  const raw: TsExpr = { kind: "Binary", op, left, right };
  const nonNegative = (range: Interval) => range.lo! >= 0n;
  const nonZero = (range: Interval) => range.lo! > 0n || range.hi! < 0n;
  switch (op) {
    case "%":
      // JS's remainder takes the dividend's sign, Python's the divisor's: equal when both are ≥ 0
      // (and a positive divisor never yields -0 from a non-negative dividend).
      return nonNegative(leftRange!) && rightRange!.lo! > 0n ? raw : undefined;
    case "*":
      // 0 * -3 is -0 in JS, which an int never is (str(float(x)) would show it): `+ 0` clears it.
      if ((nonNegative(leftRange!) && nonNegative(rightRange!)) || (nonZero(leftRange!) && nonZero(rightRange!))) return raw;
      return { kind: "Binary", op: "+", left: raw, right: { kind: "Num", value: 0 } };
    default:
      // Ints are never -0, and the sum or difference of two non-(-0) values is -0 only for -0 + -0.
      return raw;
  }
}

/** `xs[i]` on a list with an int index: the bounds-checked fast path. */
export function isListIndex(ctx: LowerContext, container: Expr, key: Expr): boolean {
  return key.kind !== "Slice" && ctx.symbols.typeOf(container, ctx.scope).kind === "list" && isInt(ctx, key);
}

export function lowerConstant(ctx: LowerContext, node: Constant): TsExpr {
  const value = node.value;
  switch (value.type) {
    case "int":
      return value.value <= MAX_SAFE && value.value >= -MAX_SAFE ? { kind: "Num", value: Number(value.value) } : { kind: "BigInt", value: value.value };
    case "float":
      // `float(2)` is Python's float(2) == 2.0: the box keeps a float a float.
      return ctx.callHelper("float", { kind: "Num", value: value.value });
    case "str":
      return { kind: "Str", value: value.value };
    case "bool":
      return { kind: "Bool", value: value.value };
    case "None":
      return { kind: "Null" };
    case "bytes":
      // b'…' → PyBytes.fromLatin1("…"): one char per byte keeps ASCII readable and any byte exact.
      return {
        kind: "Call",
        callee: { kind: "Member", object: ctx.helper("PyBytes"), name: "fromLatin1" },
        args: [{ kind: "Str", value: String.fromCharCode(...value.value) }],
      };
    case "complex":
      // 2j → new PyComplex(0, 2); `1 + 2j` stays an addition, as in Python.
      return { kind: "New", callee: ctx.helper("PyComplex"), args: [{ kind: "Num", value: 0 }, { kind: "Num", value: value.imag }] };
    case "Ellipsis":
      return ctx.unsupported(node, "`...` (Ellipsis) as a value");
    default:
      return assertNever(value, "constant");
  }
}

/** `f"{x!r:>{w}}"` → a template literal of runtime str/repr/format calls. */
function lowerJoinedStr(ctx: LowerContext, node: JoinedStr): TsExpr {
  let head = "";
  const spans: { expr: TsExpr; text: string }[] = [];
  const append = (text: string) => {
    if (spans.length === 0) head += text;
    else spans[spans.length - 1]!.text += text;
  };
  for (const part of node.values) {
    if (part.kind === "Constant" && part.value.type === "str") {
      append(part.value.value);
      continue;
    }
    if (part.kind !== "FormattedValue") {
      ctx.unsupported(part, "this f-string part");
      continue;
    }
    let value = lowerExpr(ctx, part.value);
    if (part.conversion === "r") value = ctx.callHelper("repr", value);
    else if (part.conversion === "a") value = ctx.callHelper("ascii", value);
    else if (part.conversion === "s") value = ctx.callHelper("str", value);
    const expr = part.formatSpec
      ? ctx.callHelper("format", value, lowerJoinedStr(ctx, part.formatSpec))
      : part.conversion === -1
        ? ctx.callHelper("str", value)
        : value;
    spans.push({ expr, text: "" });
  }
  if (spans.length === 0) return { kind: "Str", value: head };
  return { kind: "Template", head, spans };
}

function isNone(expr: Expr): boolean {
  return expr.kind === "Constant" && expr.value.type === "None";
}

function compareOne(ctx: LowerContext, op: CmpOperator, left: TsExpr, right: TsExpr, leftNode: Expr, rightNode: Expr): TsExpr {
  switch (op) {
    case "Is":
    case "IsNot": {
      // None is null or undefined at run time (a function that falls off its end).
      if (isNone(rightNode) || isNone(leftNode)) {
        const other = isNone(rightNode) ? left : right;
        return { kind: "Binary", op: op === "Is" ? "==" : "!=", left: other, right: { kind: "Null" } };
      }
      const same = ctx.callHelper("is_", left, right);
      return op === "Is" ? same : { kind: "Unary", op: "!", operand: same };
    }
    case "In":
      return ctx.callHelper("contains", right, left);
    case "NotIn":
      return { kind: "Unary", op: "!", operand: ctx.callHelper("contains", right, left) };
    default: {
      // Ints compare exactly with JS operators (a bigint is never in the safe range, so equal
      // ints have the same representation); so do strings for equality.
      // Two literals (`5 != 4` in a chain) would be a TS literal-type error: compare at run time.
      const literals = leftNode.kind === "Constant" && rightNode.kind === "Constant";
      if (isInt(ctx, leftNode) && isInt(ctx, rightNode) && !literals) return { kind: "Binary", op: jsComparisons[op]!, left, right };
      const strings = bothStr(ctx, leftNode, rightNode);
      if (strings && (op === "Eq" || op === "NotEq")) return { kind: "Binary", op: op === "Eq" ? "===" : "!==", left, right };
      return ctx.callHelper(compareHelpers[op]!, left, right);
    }
  }
}

function bothStr(ctx: LowerContext, a: Expr, b: Expr): boolean {
  const isStr = (expr: Expr) => {
    if (expr.kind === "Name" && ctx.symbols.resolveName(expr.id, ctx.scope).kind === "dunderName") return true;
    return ctx.symbols.typeOf(expr, ctx.scope).kind === "str";
  };
  return isStr(a) && isStr(b);
}

/** `a < b < c` evaluates b once and stops at the first false comparison. */
function lowerCompare(ctx: LowerContext, node: Compare): TsExpr {
  const op = node.ops[0]!;
  const right = node.comparators[0]!;
  if (node.ops.length === 1 && jsComparisons[op] && rawComparable(ctx, node.left, right)) {
    // Floats compare as JS numbers (NaN included) when one side is a raw-float local.
    return { kind: "Binary", op: jsComparisons[op]!, left: lowerFloat(ctx, node.left), right: lowerFloat(ctx, right) };
  }
  let left = lowerExpr(ctx, node.left);
  let leftNode = node.left;
  const parts: TsExpr[] = [];
  node.ops.forEach((op, index) => {
    const rightNode = node.comparators[index]!;
    let right = lowerExpr(ctx, rightNode);
    const last = index === node.ops.length - 1;
    if (!last && !isSimple(right)) {
      const temp = ctx.temp("middle");
      right = { kind: "Assign", op: "=", target: temp, value: right };
      parts.push(compareOne(ctx, op, left, right, leftNode, rightNode));
      left = temp;
    } else {
      parts.push(compareOne(ctx, op, left, right, leftNode, rightNode));
      left = right;
    }
    leftNode = rightNode;
  });
  return parts.reduce((acc, part) => ({ kind: "Binary", op: "&&", left: acc, right: part }));
}

/** Both sides floats (or a float and an int literal), one of them a raw-float local. */
function rawComparable(ctx: LowerContext, left: Expr, right: Expr): boolean {
  const floatish = (expr: Expr) => {
    const kind = ctx.symbols.typeOf(expr, ctx.scope).kind;
    return kind === "float" || (expr.kind === "Constant" && expr.value.type === "int");
  };
  return floatish(left) && floatish(right) && (involvesRawFloat(ctx, left) || involvesRawFloat(ctx, right));
}

function isSimple(expr: TsExpr): boolean {
  return expr.kind === "Id" || expr.kind === "Num" || expr.kind === "Str" || expr.kind === "Null" || expr.kind === "Bool";
}

/** An expression used as a condition: a JS boolean, via Python truthiness. */
export function lowerCondition(ctx: LowerContext, expr: Expr): TsExpr {
  switch (expr.kind) {
    case "Compare":
      return lowerCompare(ctx, expr);
    case "BoolOp":
      return expr.values
        .map((value) => lowerCondition(ctx, value))
        .reduce((acc, part) => ({ kind: "Binary", op: expr.op === "And" ? "&&" : "||", left: acc, right: part }));
    case "UnaryOp":
      if (expr.op === "Not") return { kind: "Unary", op: "!", operand: lowerCondition(ctx, expr.operand) };
      break;
    case "Constant":
      if (expr.value.type === "bool") return { kind: "Bool", value: expr.value.value };
      break;
    default:
      break;
  }
  // A float is true when non-zero (NaN included), as a raw number compares.
  if (rawFloatName(ctx, expr)) return { kind: "Binary", op: "!==", left: lowerFloat(ctx, expr), right: { kind: "Num", value: 0 } };
  const value = lowerExpr(ctx, expr);
  const type = ctx.symbols.typeOf(expr, ctx.scope).kind;
  if (type === "bool") return value;
  // An int is true when non-zero; a bigint is never zero (zero is always a number).
  if (type === "int") return { kind: "Binary", op: "!==", left: value, right: { kind: "Num", value: 0 } };
  return ctx.callHelper("truth", value);
}

/** `a and b` yields a or b themselves, not a boolean. */
function lowerBoolOp(ctx: LowerContext, expr: Extract<Expr, { kind: "BoolOp" }>): TsExpr {
  const values = expr.values.map((value) => lowerExpr(ctx, value));
  return values.reduceRight((rest, value, index) => {
    if (index === values.length - 1) return value;
    const subject = isSimple(value) ? value : ctx.temp("operand");
    const test = ctx.callHelper("truth", isSimple(value) ? value : { kind: "Assign", op: "=", target: subject, value });
    return expr.op === "And"
      ? { kind: "Cond", test, then: rest, else: subject }
      : { kind: "Cond", test, then: subject, else: rest };
  });
}

export function lowerName(ctx: LowerContext, node: Name): TsExpr {
  // A raw-float local leaving for generic code is boxed again.
  if (rawFloatName(ctx, node)) return boxFloat(ctx, { kind: "Id", name: ctx.names.user(node.id) });
  return referenceSymbol(ctx, ctx.symbols.resolveName(node.id, ctx.scope), node);
}

export function lowerExpr(ctx: LowerContext, expr: Expr): TsExpr {
  switch (expr.kind) {
    case "Constant":
      return lowerConstant(ctx, expr);
    case "JoinedStr":
      return lowerJoinedStr(ctx, expr);
    case "Name":
      return lowerName(ctx, expr);
    case "Attribute": {
      const symbol = ctx.symbols.resolve(expr, ctx.scope);
      if (symbol.kind !== "unknown") return referenceSymbol(ctx, symbol, expr);
      const owner = ctx.symbols.resolve(expr.value, ctx.scope);
      if (owner.kind === "class") {
        // Cls.method is the plain function, found on the prototype; static members are on the class.
        const method = ctx.blocking.findMethod(owner.def, expr.attr);
        const kind = method ? decoratorKind(method) : null;
        if (kind === "method" || kind === "abstract") {
          return { kind: "Member", object: { kind: "Member", object: lowerExpr(ctx, expr.value), name: "prototype" }, name: expr.attr };
        }
      }
      const object = lowerExpr(ctx, expr.value);
      if (directAttribute(ctx, expr.value, expr.attr)) return { kind: "Member", object, name: expr.attr };
      return ctx.callHelper("getattr", object, { kind: "Str", value: expr.attr });
    }
    case "Call":
      return lowerCall(ctx, expr);
    case "BinOp": {
      if (ctx.symbols.typeOf(expr, ctx.scope).kind === "float" && involvesRawFloat(ctx, expr)) return boxFloat(ctx, lowerFloat(ctx, expr));
      const left = lowerExpr(ctx, expr.left);
      const right = lowerExpr(ctx, expr.right);
      if (expr.op === "Add" && bothStr(ctx, expr.left, expr.right)) return { kind: "Binary", op: "+", left, right };
      const raw = lowerRawInt(ctx, expr, left, right);
      if (raw) return raw;
      return ctx.callHelper(intOperation(ctx, expr.op, expr.left, expr.right) ?? binaryHelpers[expr.op], left, right);
    }
    case "UnaryOp": {
      if (expr.op === "Not") return { kind: "Unary", op: "!", operand: lowerCondition(ctx, expr.operand) };
      if (expr.op === "USub" && expr.operand.kind === "Constant" && expr.operand.value.type === "int") {
        return lowerConstant(ctx, { ...expr.operand, value: { type: "int", value: -expr.operand.value.value } });
      }
      const operand = lowerExpr(ctx, expr.operand);
      return ctx.callHelper({ USub: "neg", UAdd: "pos", Invert: "invert" }[expr.op], operand);
    }
    case "BoolOp":
      return lowerBoolOp(ctx, expr);
    case "Compare":
      return lowerCompare(ctx, expr);
    case "IfExp":
      return { kind: "Cond", test: lowerCondition(ctx, expr.test), then: lowerExpr(ctx, expr.body), else: lowerExpr(ctx, expr.orelse) };
    case "List":
      return { kind: "ArrayLit", elements: expr.elts.map((element) => lowerElement(ctx, element)) };
    case "Tuple":
      return { kind: "Call", callee: { kind: "Member", object: ctx.helper("PyTuple"), name: "of" }, args: expr.elts.map((element) => lowerElement(ctx, element)) };
    case "Set":
      // CPython folds a display of more than two constants into a frozenset first, which lays
      // out its table differently: constantSet reproduces that order.
      if (expr.elts.length > 2 && expr.elts.every(isFoldedConstant)) {
        return ctx.callHelper("constantSet", { kind: "ArrayLit", elements: expr.elts.map((element) => lowerExpr(ctx, element)) });
      }
      return { kind: "New", callee: ctx.helper("PySet"), args: [{ kind: "ArrayLit", elements: expr.elts.map((element) => lowerElement(ctx, element)) }] };
    case "Dict": {
      // {**a, "x": 1} → new PyDict([...mappingItems(a), ["x", 1]]): later keys win, in order.
      const entries: TsExpr[] = expr.keys.map((key, index): TsExpr =>
        key === null
          ? { kind: "Spread", value: ctx.callHelper("mappingItems", lowerExpr(ctx, expr.values[index]!)) }
          : { kind: "ArrayLit", elements: [lowerExpr(ctx, key), lowerExpr(ctx, expr.values[index]!)] },
      );
      return { kind: "New", callee: ctx.helper("PyDict"), args: entries.length > 0 ? [{ kind: "ArrayLit", elements: entries }] : [] };
    }
    case "Subscript": {
      const object = lowerExpr(ctx, expr.value);
      if (isListIndex(ctx, expr.value, expr.slice)) return ctx.callHelper("listGet", object, lowerExpr(ctx, expr.slice));
      return ctx.callHelper("getitem", object, lowerSubscriptKey(ctx, expr.slice));
    }
    case "Slice":
      return lowerSubscriptKey(ctx, expr);
    case "NamedExpr":
      return { kind: "Assign", op: "=", target: lowerName(ctx, expr.target), value: lowerExpr(ctx, expr.value) };
    case "Lambda":
      return lowerLambda(ctx, expr);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return lowerComprehension(ctx, expr);
    case "Starred":
      return ctx.unsupported(expr, "a starred expression here");
    case "Await":
      // await x → await awaitable(x): a coroutine object starts at once, as Python's await runs it.
      return { kind: "Await", value: ctx.callHelper("awaitable", lowerExpr(ctx, expr.value)) };
    case "Yield":
      return { kind: "Yield", value: expr.value ? lowerExpr(ctx, expr.value) : null, delegate: false };
    case "YieldFrom":
      return { kind: "Yield", value: lowerExpr(ctx, expr.value), delegate: true };
    case "FormattedValue":
      return ctx.unsupported(expr, "a bare formatted value");
    default:
      return assertNever(expr, "expression");
  }
}

/** Whether `receiver.attr` can be a plain property access: a runtime object of known class, a
 *  class, or a user object whose class is known to have the attribute. Anything else goes
 *  through getattr, which raises AttributeError as CPython does. */
export function directAttribute(ctx: LowerContext, receiver: Expr, attr: string): boolean {
  const type = ctx.symbols.typeOf(receiver, ctx.scope);
  if (type.kind === "instance") return true;
  if (type.kind === "object") {
    const chain = ctx.symbols.classChain(type.def).chain;
    // A class hooking attribute access (__setattr__, __getattribute__) sees every access.
    if (hasKnownAttribute(chain, "__setattr__") || hasKnownAttribute(chain, "__getattribute__") || hasKnownAttribute(chain, "__delattr__")) return false;
    return hasKnownAttribute(chain, attr);
  }
  const symbol = ctx.symbols.resolve(receiver, ctx.scope);
  return symbol.kind === "class" && hasKnownAttribute(ctx.symbols.classChain(symbol.def).chain, attr);
}

/** A constant as CPython's folder sees one: literals, negated numbers, tuples of constants. */
/** A list/tuple/set element: `*xs` spreads. */
export function lowerElement(ctx: LowerContext, expr: Expr): TsExpr {
  if (expr.kind === "Starred") return { kind: "Spread", value: lowerExpr(ctx, expr.value) };
  return lowerExpr(ctx, expr);
}

function lowerSubscriptKey(ctx: LowerContext, key: Expr): TsExpr {
  if (key.kind !== "Slice") return lowerExpr(ctx, key);
  const part = (value: Expr | null): TsExpr => (value ? lowerExpr(ctx, value) : { kind: "Null" });
  return { kind: "New", callee: ctx.helper("PySlice"), args: [part(key.lower), part(key.upper), part(key.step)] };
}
