// String literals: prefixes, implicit concatenation and f-strings, folded as CPython folds them
// (adjacent text merged, empty text dropped, any f-string part makes the whole a JoinedStr).

import type { Expr, FormattedValue, JoinedStr, Span } from "../ast/nodes.js";
import { invalidLiteral, invalidSyntax, unsupportedConstruct } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import type { CstNode } from "./cst.js";
import { field, namedKids, spanOf } from "./cst.js";
import { decodeLiteral } from "./escapes.js";

const VALID_PREFIXES = new Set(["", "r", "u", "f", "b", "fr", "rf", "br", "rb"]);

/** Converts an expression node; supplied by expressions.ts to avoid an import cycle. */
export type ExprConverter = (cx: ParseContext, node: CstNode) => Expr;

type Part = { readonly text: string; readonly span: Span } | FormattedValue;

// "a" 'b' f"{x}" → one Constant or one JoinedStr
export function convertStrings(cx: ParseContext, node: CstNode, convert: ExprConverter): Expr {
  const strings = node.type === "concatenated_string" ? namedKids(node).filter((n) => n.type === "string") : [node];
  const parts: Part[] = [];
  let anyF = false;
  let bytesCount = 0;
  for (const str of strings) {
    const prefix = (field(str, "prefix") ?? str.child(0))?.text.replace(/['"]+$/, "").toLowerCase() ?? "";
    if (prefix.endsWith("`")) cx.report(invalidSyntax(spanOf(str))); // Python 2 repr quotes
    // tree-sitter takes any letters before a quote as a prefix; Python knows only these.
    else if (!VALID_PREFIXES.has(prefix)) cx.report(invalidSyntax(spanOf(str)));
    const isBytes = prefix.includes("b");
    const isF = prefix.includes("f");
    anyF ||= isF;
    if (isBytes) bytesCount++;
    parts.push(...stringParts(cx, str, { isBytes, isF, isRaw: prefix.includes("r") }, convert));
  }
  const span = spanOf(node);
  if (bytesCount > 0 && bytesCount < strings.length) {
    cx.report(invalidLiteral({ start: span.end, end: span.end }, "cannot mix bytes and nonbytes literals"));
  }
  if (!anyF) {
    const text = parts.map((p) => ("text" in p ? p.text : "")).join("");
    if (bytesCount > 0) {
      const bytes = Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
      return { kind: "Constant", span, value: { type: "bytes", value: bytes } };
    }
    return { kind: "Constant", span, value: { type: "str", value: text } };
  }
  return joined(parts, span);
}

/** Adjacent text merged into one Constant; empty text dropped. */
function joined(parts: readonly Part[], span: Span): JoinedStr {
  const values: Expr[] = [];
  let text = "";
  let textSpan: Span | null = null;
  const flush = (): void => {
    if (text !== "" && textSpan) values.push({ kind: "Constant", span: textSpan, value: { type: "str", value: text } });
    text = "";
    textSpan = null;
  };
  for (const part of parts) {
    if ("text" in part) {
      text += part.text;
      textSpan = textSpan ? { start: textSpan.start, end: part.span.end } : part.span;
    } else {
      flush();
      values.push(part);
    }
  }
  flush();
  return { kind: "JoinedStr", span, values };
}

interface StringFlags {
  readonly isBytes: boolean;
  readonly isF: boolean;
  readonly isRaw: boolean;
}

function stringParts(cx: ParseContext, str: CstNode, flags: StringFlags, convert: ExprConverter): Part[] {
  const kids = namedKids(str);
  const start = kids.find((k) => k.type === "string_start");
  const end = kids.find((k) => k.type === "string_end");
  const bodyStart = start ? start.endIndex : str.startIndex;
  // The closing quote is measured from the opening one: tree-sitter's scanner sometimes folds
  // the end of a raw string's body into string_end (`bR"\\"`).
  const quote = /("""|'''|"|')$/.exec(start?.text ?? "")?.[0] ?? "";
  const bodyEnd = end && !end.isMissing ? Math.max(bodyStart, str.endIndex - quote.length) : str.endIndex;
  const parts: Part[] = [];
  let cursor = bodyStart;
  const text = (from: number, to: number): void => {
    if (to <= from) return;
    const raw = cx.source.slice(from, to);
    const decoded = decodeLiteral(cx, { raw, offset: from, isRaw: flags.isRaw, isBytes: flags.isBytes, isFString: flags.isF, errorAt: str.endIndex });
    if (flags.isBytes && /[^\x00-\x7f]/.test(raw)) {
      cx.report(invalidLiteral(spanOf(str), "bytes can only contain ASCII literal characters"));
    }
    parts.push({ text: decoded, span: { start: from, end: to } });
  };
  for (const kid of kids) {
    if (kid.type !== "interpolation") continue;
    text(cursor, kid.startIndex);
    parts.push(...interpolation(cx, kid, convert));
    cursor = kid.endIndex;
  }
  text(cursor, bodyEnd);
  return parts;
}

const conversions = { s: "s", r: "r", a: "a" } as const;

// {x!r:>{w}}  →  FormattedValue(x, 'r', JoinedStr['>', FormattedValue(w)])
// {x=}        →  Constant 'x=' then FormattedValue(x, 'r')
function interpolation(cx: ParseContext, node: CstNode, convert: ExprConverter): Part[] {
  const expression = field(node, "expression");
  const conversionNode = field(node, "type_conversion");
  const specNode = field(node, "format_specifier");
  if (!expression) {
    cx.invalid(node);
    return [];
  }
  if (expression.type === "named_expression" && node.type === "interpolation") return walrusLookalike(cx, node, expression, convert);
  const value = convert(cx, expression);
  const letter = conversionNode?.text.slice(1) ?? "";
  let conversion: FormattedValue["conversion"] = -1;
  if (letter in conversions) conversion = conversions[letter as keyof typeof conversions];
  else if (conversionNode) {
    // Python 3.11 reports f-string errors at the end of the string.
    const end = node.parent?.type === "string" ? node.parent.endIndex : node.endIndex;
    cx.report(invalidLiteral({ start: end, end }, "f-string: invalid conversion character: expected 's', 'r', or 'a'"));
  }
  const formatSpec = specNode ? formatSpecifier(cx, specNode, convert) : null;
  const parts: Part[] = [];
  const equals = node.children.find((c) => c !== null && !c.isNamed && c.type === "=");
  if (equals) {
    // The self-documenting form repeats the source text up to and including '=' and the
    // whitespace after it; without a spec or conversion it defaults to repr.
    const afterEquals = (conversionNode ?? specNode)?.startIndex ?? node.endIndex - 1;
    parts.push({ text: cx.source.slice(node.startIndex + 1, afterEquals), span: { start: node.startIndex + 1, end: afterEquals } });
    if (!conversionNode && !specNode) conversion = "r";
  }
  parts.push({ kind: "FormattedValue", span: spanOf(node), value, conversion, formatSpec });
  return parts;
}

// f"{x:=^10}": an unparenthesised `:=` in a field is a format spec starting with '=', which
// tree-sitter reads as a walrus.
function walrusLookalike(cx: ParseContext, node: CstNode, walrus: CstNode, convert: ExprConverter): Part[] {
  const name = field(walrus, "name");
  if (!name) return [];
  const specStart = name.endIndex + cx.source.slice(name.endIndex).indexOf(":") + 1;
  const specEnd = node.endIndex - 1;
  const raw = cx.source.slice(specStart, specEnd);
  if (raw.includes("{")) cx.report(unsupportedConstruct({ start: specStart, end: specEnd }, "a nested field in a format spec starting with '='"));
  const text = decodeLiteral(cx, { raw, offset: specStart, isRaw: false, isBytes: false, isFString: true, errorAt: specEnd });
  const values: Expr[] = text === "" ? [] : [{ kind: "Constant", span: { start: specStart, end: specEnd }, value: { type: "str", value: text } }];
  const formatSpec: JoinedStr = { kind: "JoinedStr", span: { start: specStart - 1, end: specEnd }, values };
  return [{ kind: "FormattedValue", span: spanOf(node), value: convert(cx, name), conversion: -1, formatSpec }];
}

function formatSpecifier(cx: ParseContext, node: CstNode, convert: ExprConverter): JoinedStr {
  const parts: Part[] = [];
  let cursor = node.startIndex + 1; // after ':'
  const text = (from: number, to: number): void => {
    if (to <= from) return;
    const raw = cx.source.slice(from, to);
    const decoded = decodeLiteral(cx, { raw, offset: from, isRaw: false, isBytes: false, isFString: true, errorAt: node.endIndex });
    parts.push({ text: decoded, span: { start: from, end: to } });
  };
  for (const kid of namedKids(node)) {
    if (kid.type !== "format_expression") continue;
    text(cursor, kid.startIndex);
    parts.push(...interpolation(cx, kid, convert));
    cursor = kid.endIndex;
  }
  text(cursor, node.endIndex);
  return joined(parts, spanOf(node));
}
