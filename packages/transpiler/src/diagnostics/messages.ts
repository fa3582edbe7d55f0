// The message catalog: one typed factory per message, each with a stable code. Syntax messages
// follow CPython 3.11's SyntaxError wording (Parser/pegen_errors.c, Grammar/python.gram).

import type { Span } from "../ast/nodes.js";
import type { Diagnostic, Severity } from "./diagnostic.js";

/** A diagnostic before it is tied to a file (see DiagnosticSink.reportIn). */
export type DiagnosticDraft = Omit<Diagnostic, "file">;

function draft(code: number, span: Span, message: string, notes?: readonly string[]): DiagnosticDraft {
  const severity: Severity = "error";
  return notes ? { code: `PY2TS${code}`, severity, message, span, notes } : { code: `PY2TS${code}`, severity, message, span };
}

// ---------- 1xxx: syntax ----------

export const invalidSyntax = (span: Span): DiagnosticDraft => draft(1001, span, "invalid syntax");
/** `expected ':'` */
export const expectedToken = (span: Span, token: string): DiagnosticDraft => draft(1002, span, `expected '${token}'`);
/** `unmatched ')'` */
export const unmatchedBracket = (span: Span, bracket: string): DiagnosticDraft =>
  draft(1003, span, `unmatched '${bracket}'`);
/** `'(' was never closed` */
export const neverClosed = (span: Span, bracket: string): DiagnosticDraft =>
  draft(1004, span, `'${bracket}' was never closed`);
export const missingPrintParentheses = (span: Span): DiagnosticDraft =>
  draft(1005, span, "Missing parentheses in call to 'print'. Did you mean print(...)?");
/** `'return' outside function`, `'yield' outside function`, `'await' outside function`. */
export const outsideFunction = (span: Span, keyword: string): DiagnosticDraft =>
  draft(1006, span, `'${keyword}' outside function`);
export const breakOutsideLoop = (span: Span): DiagnosticDraft => draft(1007, span, "'break' outside loop");
export const continueOutsideLoop = (span: Span): DiagnosticDraft =>
  draft(1008, span, "'continue' not properly in loop");
export const unterminatedString = (span: Span, detectedAtLine: number): DiagnosticDraft =>
  draft(1009, span, `unterminated string literal (detected at line ${detectedAtLine})`);
export const unterminatedTripleQuotedString = (span: Span, detectedAtLine: number): DiagnosticDraft =>
  draft(1010, span, `unterminated triple-quoted string literal (detected at line ${detectedAtLine})`);
/** A bad escape or literal, e.g. `(unicode error) 'unicodeescape' codec can't decode bytes …`. */
export const invalidLiteral = (span: Span, message: string): DiagnosticDraft => draft(1011, span, message);
/** `after` as CPython words it: "'if' statement on line 3", "function definition on line 1". */
export const expectedIndentedBlock = (span: Span, after: string): DiagnosticDraft =>
  draft(1012, span, `expected an indented block after ${after}`);
export const unexpectedIndent = (span: Span): DiagnosticDraft => draft(1013, span, "unexpected indent");
export const unindentMismatch = (span: Span): DiagnosticDraft =>
  draft(1021, span, "unindent does not match any outer indentation level");
export const expectedExceptOrFinally = (span: Span): DiagnosticDraft =>
  draft(1018, span, "expected 'except' or 'finally' block");
/** `cannot assign to function call here. Maybe you meant '==' instead of '='?` */
export const assignmentNotComparison = (span: Span, what: string): DiagnosticDraft =>
  draft(1022, span, `cannot assign to ${what} here. Maybe you meant '==' instead of '='?`);
/** Call argument order: "positional argument follows keyword argument", … */
export const argumentOrder = (span: Span, message: string): DiagnosticDraft => draft(1019, span, message);
export const generatorNeedsParentheses = (span: Span): DiagnosticDraft =>
  draft(1020, span, "Generator expression must be parenthesized");
/** Grammar accepted by tree-sitter but not by Python 3.11 (type aliases, type parameters). */
export const notInPython311 = (span: Span, what: string): DiagnosticDraft =>
  draft(1014, span, "invalid syntax", [`${what} needs Python 3.12; py2ts targets Python 3.11`]);
/** `cannot assign to literal`, `cannot delete function call`, … */
export const invalidTarget = (span: Span, action: "assign to" | "delete", what: string): DiagnosticDraft =>
  draft(1015, span, `cannot ${action} ${what}`);
export const nonDefaultAfterDefault = (span: Span): DiagnosticDraft =>
  draft(1016, span, "non-default argument follows default argument");
export const invalidCharacter = (span: Span, description: string): DiagnosticDraft =>
  draft(1017, span, `invalid character '${description}'`);

/** Errors CPython's compiler and symbol table raise on a module that parsed, worded as CPython. */
export const compileError = (span: Span, message: string): DiagnosticDraft => draft(1023, span, message);
/** Literal errors worded as CPython's tokenizer: "invalid decimal literal", … */
export const invalidNumber = (span: Span, message: string): DiagnosticDraft => draft(1024, span, message);

// ---------- 2xxx: constructs py2ts does not translate ----------

export const unsupportedConstruct = (span: Span, what: string): DiagnosticDraft =>
  draft(2001, span, `${what} is not supported by py2ts`);

// ---------- 3xxx: library names py2ts does not translate ----------

export const unsupportedModule = (span: Span, module: string): DiagnosticDraft =>
  draft(3001, span, `module '${module}' is not supported by py2ts`);
export const unsupportedName = (span: Span, module: string, name: string): DiagnosticDraft =>
  draft(3002, span, `'${module}.${name}' is not supported by py2ts`);

// ---------- 9xxx: input and output ----------

const noSpan: Span = { start: 0, end: 0 };

export const fileNotFound = (file: string): Diagnostic => ({
  ...draft(9001, noSpan, `cannot find file '${file}'`),
  file,
});
export const notUtf8 = (file: string, byteOffset: number): Diagnostic => ({
  ...draft(9002, noSpan, `'${file}' is not valid UTF-8 (first bad byte at offset ${byteOffset})`),
  file,
});
export const unreadableFile = (file: string, reason: string): Diagnostic => ({
  ...draft(9003, noSpan, `cannot read '${file}': ${reason}`),
  file,
});
export const unwritableFile = (file: string, reason: string): Diagnostic => ({
  ...draft(9004, noSpan, `cannot write '${file}': ${reason}`),
  file,
});
