// The one place that imports ts-morph: a lowered module (IR statements plus the runtime
// imports it needs) becomes TypeScript source text. Imports are added as ts-morph structures;
// the body is printed from ts.factory nodes.

import { Project, ts } from "ts-morph";
import type { TsStmt } from "../lower/ir.js";
import { emitStmt } from "./statements.js";

export interface RuntimeImport {
  readonly module: string;
  /** `import * as <namespace> from module` */
  readonly namespace?: string;
  /** `import { name as alias } from module`; alias may equal name. */
  readonly named?: readonly { readonly name: string; readonly alias: string }[];
  readonly typeOnly?: readonly string[];
}

export interface EmitInput {
  readonly header: string;
  readonly imports: readonly RuntimeImport[];
  readonly body: readonly TsStmt[];
}

let project: Project | undefined;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// `neverAsciiEscape` (an option the printer honours but does not declare) keeps non-ASCII text
// such as the seeds' Chinese strings readable instead of \uXXXX escapes.
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false, neverAsciiEscape: true } as ts.PrinterOptions);

export function emitModule(input: EmitInput): string {
  project ??= new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const file = project.createSourceFile("module.ts", "", { overwrite: true });
  file.addImportDeclarations(
    input.imports.flatMap((spec) => {
      const declarations = [];
      if (spec.namespace) declarations.push({ moduleSpecifier: spec.module, namespaceImport: spec.namespace });
      if (spec.named && spec.named.length > 0) {
        declarations.push({
          moduleSpecifier: spec.module,
          namedImports: spec.named.map(({ name, alias }) => (alias === name ? { name } : { name, alias })),
        });
      }
      if (spec.typeOnly && spec.typeOnly.length > 0) {
        declarations.push({ moduleSpecifier: spec.module, isTypeOnly: true, namedImports: [...spec.typeOnly] });
      }
      return declarations;
    }),
  );
  const scratch = ts.createSourceFile("body.ts", "", ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const body = input.body.map((stmt) => printer.printNode(ts.EmitHint.Unspecified, emitStmt(stmt), scratch));
  // A blank line around functions, as Python's style puts two around a def.
  let text = "";
  input.body.forEach((stmt, index) => {
    const isDefinition = (candidate: TsStmt) => candidate.kind === "Function" || candidate.kind === "Class";
    const spaced = isDefinition(stmt) || (index > 0 && isDefinition(input.body[index - 1]!));
    text += (index === 0 ? "" : spaced ? "\n\n" : "\n") + body[index];
  });
  file.addStatements(`\n${text}`);
  // A Python string may hold a lone surrogate ("\ud800"); written raw, it would become U+FFFD in
  // the UTF-8 file, so it stays an escape.
  const result = `${input.header}\n${file.getFullText()}`.replace(LONE_SURROGATE, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
  file.delete();
  return result;
}
