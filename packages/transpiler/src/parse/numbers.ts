// Number literals as CPython reads them: every base, underscores, imaginary suffixes.

import type { ConstantValue, Span } from "../ast/nodes.js";
import { invalidLiteral } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";

export function numberValue(cx: ParseContext, text: string, span: Span): ConstantValue {
  if (/[jJ]$/.test(text)) return { type: "complex", imag: Number(text.slice(0, -1).replace(/_/g, "")) };
  const digits = text.replace(/_/g, "");
  if (/^0[xX][0-9a-fA-F]+$|^0[oO][0-7]+$|^0[bB][01]+$/.test(digits)) {
    return { type: "int", value: BigInt(digits.toLowerCase()) };
  }
  if (/^[0-9]+$/.test(digits)) {
    if (/^0+[1-9]/.test(digits)) {
      cx.report(
        invalidLiteral(
          span,
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        ),
      );
    }
    return { type: "int", value: BigInt(digits) };
  }
  if (/^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(digits)) {
    return { type: "float", value: Number(digits) };
  }
  cx.report(invalidLiteral(span, `invalid decimal literal`));
  return { type: "int", value: 0n };
}
