// Generated TypeScript → runnable JavaScript, with the type-only syntax stripped by the
// TypeScript compiler (transpileModule: no type check) and runtime imports made absolute so
// the module runs from a temporary directory outside the workspace.

import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { lineTrailer, parseLineTrailer, TRAILER_PREFIX, type LinePairs } from "../format/lines.js";

const RUNTIME_PACKAGE = "@py2ts/runtime";

// Resolved from this package, which depends on @py2ts/runtime; points at the built dist/.
const requireFromHere = createRequire(import.meta.url);

/** The runtime cannot be found: an environment problem, never a property of one sample. */
export class RuntimeResolutionError extends Error {
  override readonly name = "RuntimeResolutionError";
}

export function resolveRuntimeSpecifier(specifier: string): string {
  try {
    return pathToFileURL(requireFromHere.resolve(specifier)).href;
  } catch (cause) {
    throw new RuntimeResolutionError(
      `cannot resolve ${specifier}: is the runtime built? (run \`pnpm build\`)`,
      { cause },
    );
  }
}

function isRuntimeSpecifier(specifier: string): boolean {
  return specifier === RUNTIME_PACKAGE || specifier.startsWith(`${RUNTIME_PACKAGE}/`);
}

function rewriteSpecifier(factory: ts.NodeFactory, literal: ts.Expression): ts.Expression {
  if (!ts.isStringLiteral(literal) || !isRuntimeSpecifier(literal.text)) return literal;
  return factory.createStringLiteral(resolveRuntimeSpecifier(literal.text));
}

// import … from "@py2ts/runtime/x", export … from "…", import("…")  →  "file:///…/dist/x.js"
const rewriteRuntimeImports: ts.TransformerFactory<ts.SourceFile> = (context) => {
  const { factory } = context;
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isImportDeclaration(node)) {
      return factory.updateImportDeclaration(
        node,
        node.modifiers,
        node.importClause,
        rewriteSpecifier(factory, node.moduleSpecifier),
        node.attributes,
      );
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined) {
      return factory.updateExportDeclaration(
        node,
        node.modifiers,
        node.isTypeOnly,
        node.exportClause,
        rewriteSpecifier(factory, node.moduleSpecifier),
        node.attributes,
      );
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first, ...rest] = node.arguments;
      if (first !== undefined) {
        return factory.updateCallExpression(node, node.expression, node.typeArguments, [
          rewriteSpecifier(factory, first),
          ...rest,
        ]);
      }
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (sourceFile) => ts.visitEachChild(sourceFile, visit, context);
};

/** Compiles generated TypeScript to an ES2022 module; `file` names it in compiler messages. */
export function compileToJavaScript(code: string, file: string): string {
  const output = ts.transpileModule(code, {
    fileName: file.replace(/\.py$/, ".ts"),
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: false,
      sourceMap: true,
    },
    transformers: { before: [rewriteRuntimeImports] },
  });
  const errors = (output.diagnostics ?? []).filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length > 0) {
    const text = errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    throw new Error(`generated code for ${file} does not compile:\n${text.join("\n")}`);
  }
  const tsPairs = parseLineTrailer(code);
  if (tsPairs === null || output.sourceMapText === undefined) return output.outputText;
  // The trailer names TypeScript lines; the program runs as JavaScript, whose lines differ
  // where types were erased: restate it through the source map.
  const jsToTs = generatedToSourceLines(JSON.parse(output.sourceMapText).mappings as string);
  const pairs: [number, number][] = [];
  jsToTs.forEach((tsLine, index) => {
    const python = pythonLineAt(tsPairs, tsLine);
    if (python !== null && pairs[pairs.length - 1]?.[1] !== python) pairs.push([index + 1, python]);
  });
  const text = output.outputText.replace(/\/\/# sourceMappingURL=.*\n?$/, "");
  const at = text.lastIndexOf(TRAILER_PREFIX);
  return `${at < 0 ? text : text.slice(0, at)}${lineTrailer(pairs)}\n`;
}

/** The Python line of a generated line: that of the last listed line at or above it. */
function pythonLineAt(pairs: LinePairs, line: number): number | null {
  let found: number | null = null;
  for (const [generated, python] of pairs) {
    if (generated > line) break;
    found = python;
  }
  return found;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** For each generated line (0-based index), the 1-based source line its first mapped segment
 *  comes from, or 0 when the line has none; from a source map's VLQ `mappings`. */
function generatedToSourceLines(mappings: string): number[] {
  const out: number[] = [];
  let sourceLine = 0;
  for (const line of mappings.split(";")) {
    let first = 0;
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      if (fields.length >= 4) {
        sourceLine += fields[2]!;
        if (first === 0) first = sourceLine + 1;
      }
    }
    out.push(first);
  }
  return out;
}
