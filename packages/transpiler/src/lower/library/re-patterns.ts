// Literal patterns passed to re's functions are translated at conversion time with the
// runtime's own translator, so a valid Python pattern that JS's RegExp cannot express is a
// located error in the script, not a re.error when the program runs. Patterns that are not
// literals (or whose flags are not) are left to the runtime.

import type { Call, Expr } from "../../ast/nodes.js";
import { UntranslatableError, translate } from "@py2ts/runtime/re/translate";
import { FLAG_BY_NAME } from "@py2ts/runtime/re/flags";

/** Where each function takes its flags, positionally. */
const FLAGS_POSITION: Readonly<Record<string, number>> = {
  compile: 1, match: 2, search: 2, fullmatch: 2, findall: 2, finditer: 2, sub: 4, subn: 4, split: 3,
};

/** The flags' value when written as `re.I | re.M` (or imported names, or an int); else null. */
function constantFlags(expr: Expr | undefined, isReFlag: (expr: Expr) => string | null): number | null {
  if (expr === undefined) return 0;
  if (expr.kind === "Constant" && expr.value.type === "int") return Number(expr.value.value);
  if (expr.kind === "BinOp" && expr.op === "BitOr") {
    const left = constantFlags(expr.left, isReFlag);
    const right = constantFlags(expr.right, isReFlag);
    return left === null || right === null ? null : left | right;
  }
  const name = isReFlag(expr);
  return name !== null && Object.hasOwn(FLAG_BY_NAME, name) ? FLAG_BY_NAME[name]! : null;
}

/** What JS cannot express in this call's literal pattern, with the pattern's node; else null. */
export function untranslatablePattern(
  functionName: string,
  call: Call,
  isReFlag: (expr: Expr) => string | null,
): { readonly node: Expr; readonly construct: string; readonly message: string } | null {
  const flagsAt = FLAGS_POSITION[functionName];
  if (flagsAt === undefined) return null;
  const pattern = call.args[0] ?? call.keywords.find((k) => k.arg === "pattern")?.value;
  if (!pattern || pattern.kind !== "Constant" || pattern.value.type !== "str") return null;
  const flagsExpr = call.args[flagsAt] ?? call.keywords.find((k) => k.arg === "flags")?.value;
  const flags = constantFlags(flagsExpr, isReFlag);
  if (flags === null) return null;
  try {
    translate(pattern.value.value, flags);
    return null;
  } catch (error) {
    // Invalid Python patterns raise re.error at run time, as in CPython; only what is valid
    // Python but not expressible in JS is reported here.
    if (error instanceof UntranslatableError) return { node: pattern, construct: error.construct, message: String(error) };
    return null;
  }
}
