// Number literals as CPython reads them: every base, underscores only between digits,
// imaginary suffixes; malformed ones get the tokenizer's wording.

import type { ConstantValue, Span } from "../ast/nodes.js";
import { invalidNumber } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";

const digits = (set: string): string => `[${set}](?:_?[${set}])*`;
const decimal = digits("0-9");
const exponent = `[eE][+-]?${decimal}`;
const patterns = {
  hex: new RegExp(`^0[xX](?:_?[0-9a-fA-F])+$`),
  octal: new RegExp(`^0[oO](?:_?[0-7])+$`),
  binary: new RegExp(`^0[bB](?:_?[01])+$`),
  decimalInt: new RegExp(`^(?:[1-9](?:_?[0-9])*|0(?:_?0)*)$`),
  zeroPadded: new RegExp(`^0(?:_?[0-9])+$`),
  float: new RegExp(`^(?:(?:${decimal})?\\.${decimal}(?:${exponent})?|${decimal}\\.(?:${exponent})?|${decimal}${exponent})$`),
};

export function numberValue(cx: ParseContext, text: string, span: Span): ConstantValue {
  const imaginary = /[jJ]$/.test(text);
  const body = imaginary ? text.slice(0, -1) : text;
  const clean = body.replace(/_/g, "");
  if (!imaginary) {
    if (patterns.hex.test(body) || patterns.octal.test(body) || patterns.binary.test(body)) {
      return { type: "int", value: BigInt(clean.toLowerCase()) };
    }
    if (patterns.decimalInt.test(body)) return { type: "int", value: BigInt(clean) };
    if (patterns.zeroPadded.test(body)) {
      cx.report(
        invalidNumber(span, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
      );
      return { type: "int", value: BigInt(clean) };
    }
  }
  if (patterns.float.test(body) || (imaginary && /^[0-9](?:_?[0-9])*$/.test(body))) {
    return imaginary ? { type: "complex", imag: Number(clean) } : { type: "float", value: Number(clean) };
  }
  cx.report(invalidNumber(span, numberError(body)));
  return { type: "int", value: 0n };
}

/** The tokenizer's complaint about a malformed number (Parser/tokenizer.c). */
export function numberError(text: string): string {
  const base = /^0([xXoObB])/.exec(text)?.[1]?.toLowerCase();
  if (base) {
    const name = base === "x" ? "hexadecimal" : base === "o" ? "octal" : "binary";
    const allowed = base === "x" ? /[0-9a-fA-F_]/ : base === "o" ? /[0-7_]/ : /[01_]/;
    const bad = Array.from(text.slice(2)).find((ch) => !allowed.test(ch));
    if (bad && /[0-9]/.test(bad) && base !== "x") return `invalid digit '${bad}' in ${name} literal`;
    return `invalid ${name} literal`;
  }
  return "invalid decimal literal";
}
