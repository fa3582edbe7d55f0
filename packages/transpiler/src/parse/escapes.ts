// Backslash escapes in string and bytes literals, decoded as CPython 3.11 does
// (Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal, Objects/bytesobject.c).
// Unknown escapes keep their backslash (CPython only warns).

import type { Span } from "../ast/nodes.js";
import { invalidLiteral, unsupportedConstruct } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import { lookupUnicodeName } from "./unicode-names.js";

export interface LiteralText {
  /** The raw text between the quotes (or a piece of an f-string between fields). */
  readonly raw: string;
  /** Offset of `raw` in the source, for diagnostics. */
  readonly offset: number;
  readonly isRaw: boolean;
  readonly isBytes: boolean;
  /** In f-string text `{{` and `}}` stand for one brace. */
  readonly isFString: boolean;
  /** Where CPython places a decoding error: the end of the whole literal token. */
  readonly errorAt: number;
}

const simpleEscapes: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** Decodes to a JS string; for bytes every char is one byte value (0–255). */
export function decodeLiteral(cx: ParseContext, text: LiteralText): string {
  const { raw } = text;
  let out = "";
  let i = 0;
  const fail = (at: number, length: number, reason: string): void => {
    const span: Span = { start: text.errorAt, end: text.errorAt };
    const codec = text.isBytes ? "(value error)" : "(unicode error) 'unicodeescape' codec can't decode bytes in position";
    cx.report(invalidLiteral(span, text.isBytes ? `${codec} ${reason}` : `${codec} ${at}-${at + length - 1}: ${reason}`));
  };
  while (i < raw.length) {
    const ch = raw[i];
    if (text.isFString && (ch === "{" || ch === "}") && raw[i + 1] === ch) {
      out += ch;
      i += 2;
      continue;
    }
    if (ch !== "\\" || text.isRaw) {
      out += ch;
      i++;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) {
      out += ch;
      i++;
      continue;
    }
    if (next === "\r") {
      // A backslash before \r\n or \r continues the line.
      i += raw[i + 2] === "\n" ? 3 : 2;
      continue;
    }
    if (next in simpleEscapes) {
      out += simpleEscapes[next];
      i += 2;
      continue;
    }
    if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(raw.slice(i + 1))![0];
      const value = parseInt(digits, 8);
      out += String.fromCodePoint(text.isBytes ? value & 0xff : value);
      i += 1 + digits.length;
      continue;
    }
    const hexLength = next === "x" ? 2 : text.isBytes ? 0 : next === "u" ? 4 : next === "U" ? 8 : 0;
    if (hexLength > 0) {
      const digits = raw.slice(i + 2, i + 2 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(digits)) {
        const kind = next === "x" ? "\\xXX" : next === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        const valid = /^[0-9a-fA-F]*/.exec(digits)![0].length;
        fail(i, 2 + valid, text.isBytes ? `invalid \\x escape at position ${i}` : `truncated ${kind} escape`);
        i += 2 + valid;
        continue;
      }
      const value = parseInt(digits, 16);
      if (value > 0x10ffff) {
        fail(i, 2 + hexLength, "illegal Unicode character");
        i += 2 + hexLength;
        continue;
      }
      out += String.fromCodePoint(value);
      i += 2 + hexLength;
      continue;
    }
    if (next === "N" && !text.isBytes) {
      const match = /^\{([^}]*)\}/.exec(raw.slice(i + 2));
      if (!match) {
        fail(i, 2, "malformed \\N character escape");
        i += 2;
        continue;
      }
      const codePoint = lookupUnicodeName(match[1]);
      if (codePoint === undefined) {
        const span: Span = { start: text.offset + i, end: text.offset + i + 3 + match[0].length - 1 };
        cx.report(unsupportedConstruct(span, `the character name \\N{${match[1]}} (outside py2ts's name table)`));
      } else {
        out += String.fromCodePoint(codePoint);
      }
      i += 2 + match[0].length;
      continue;
    }
    out += ch; // unknown escape: kept as written
    i++;
  }
  return out;
}
