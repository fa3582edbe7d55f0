// Which expressions CPython's AST optimizer (Python/ast_opt.c, 3.11) folds into one constant.
// Only the yes/no answer matters to us (a set display of folded constants becomes a frozenset
// constant, which orders its table differently); the value itself is still computed at run time.
import type { Expr } from "../ast/nodes.js";

// ast_opt.c's limits: a folded int has at most 128 bits, a str/bytes at most 4096 items, a tuple 256.
const maxIntBits = 128n;
const maxStrSize = 4096n;
const maxCollectionSize = 256n;

/** What folding needs to know of a constant: its int value, its length, or nothing. */
type Folded = { readonly type: "int"; readonly value: bigint } | { readonly type: "sized"; readonly size: bigint; readonly text: boolean } | { readonly type: "other" };

/** `{5, 2**61 - 1, -3, (1, 2)}`: true for each element that CPython sees as a constant. */
export function isFoldedConstant(expr: Expr): boolean {
  return fold(expr) !== undefined;
}

function fold(expr: Expr): Folded | undefined {
  switch (expr.kind) {
    case "Constant":
      return foldedValue(expr.value);
    case "Tuple": {
      const parts = expr.elts.map(fold);
      return parts.every((part) => part !== undefined) ? { type: "sized", size: BigInt(parts.length), text: false } : undefined;
    }
    case "UnaryOp": {
      if (expr.op === "Not") return undefined;
      const operand = fold(expr.operand);
      if (operand?.type === "int") return { type: "int", value: expr.op === "USub" ? -operand.value : expr.op === "Invert" ? ~operand.value : operand.value };
      return operand?.type === "other" ? operand : undefined;
    }
    case "BinOp": {
      const left = fold(expr.left);
      const right = fold(expr.right);
      if (left === undefined || right === undefined || expr.op === "MatMult") return undefined;
      return foldBinary(expr.op, left, right);
    }
    default:
      return undefined;
  }
}

function foldedValue(value: Extract<Expr, { kind: "Constant" }>["value"]): Folded | undefined {
  switch (value.type) {
    case "int":
      return { type: "int", value: value.value };
    case "bool":
      return { type: "int", value: value.value ? 1n : 0n };
    case "str":
      return { type: "sized", size: BigInt([...value.value].length), text: true };
    case "bytes":
      return { type: "sized", size: BigInt(value.value.length), text: true };
    case "Ellipsis":
      return undefined;
    default:
      return { type: "other" };
  }
}

function bitLength(value: bigint): bigint {
  return BigInt((value < 0n ? -value : value).toString(2).length) - (value === 0n ? 1n : 0n);
}

// ast_opt.c safe_multiply / safe_power / safe_lshift / safe_mod: an operation whose result
// would be too big (or `%` formatting a str) is left to run time.
function foldBinary(op: string, left: Folded, right: Folded): Folded | undefined {
  if (left.type === "int" && right.type === "int") {
    const [a, b] = [left.value, right.value];
    switch (op) {
      case "Add":
        return { type: "int", value: a + b };
      case "Sub":
        return { type: "int", value: a - b };
      case "Mult":
        if (a !== 0n && b !== 0n && bitLength(a) + bitLength(b) > maxIntBits) return undefined;
        return { type: "int", value: a * b };
      case "Pow":
        if (b < 0n) return { type: "other" };
        if (a !== 0n && b > 0n && bitLength(a) > maxIntBits / b) return undefined;
        return { type: "int", value: a ** b };
      case "LShift":
        if (b < 0n) return undefined;
        if (a !== 0n && (b > maxIntBits || bitLength(a) > maxIntBits - b)) return undefined;
        return { type: "int", value: a << b };
      case "RShift":
        return b < 0n ? undefined : { type: "int", value: a >> b };
      case "BitOr":
        return { type: "int", value: a | b };
      case "BitAnd":
        return { type: "int", value: a & b };
      case "BitXor":
        return { type: "int", value: a ^ b };
      case "FloorDiv":
      case "Mod":
        if (b === 0n) return undefined;
        return { type: "int", value: op === "Mod" ? ((a % b) + b) % b : floorDiv(a, b) };
      case "Div":
        return b === 0n ? undefined : { type: "other" };
      default:
        return undefined;
    }
  }
  if (op === "Mod" && left.type === "sized" && left.text) return undefined;
  if (op === "Mult" && left.type === "sized" && right.type === "int") return foldRepeat(left, right.value);
  if (op === "Mult" && right.type === "sized" && left.type === "int") return foldRepeat(right, left.value);
  if (op === "Add" && left.type === "sized" && right.type === "sized") return { type: "sized", size: left.size + right.size, text: left.text };
  return { type: "other" };
}

// `"ab" * 3`, `(1,) * 4`: folded only while the result stays within ast_opt.c's size limits.
function foldRepeat(sized: Extract<Folded, { type: "sized" }>, count: bigint): Folded | undefined {
  const limit = sized.text ? maxStrSize : maxCollectionSize;
  if (sized.size > 0n && count > limit / sized.size) return undefined;
  return { type: "sized", size: sized.size * (count > 0n ? count : 0n), text: sized.text };
}

function floorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return (a % b !== 0n && a < 0n !== b < 0n) ? quotient - 1n : quotient;
}
