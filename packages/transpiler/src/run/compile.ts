// Generated TypeScript → runnable JavaScript, with the type-only syntax stripped by the
// TypeScript compiler (transpileModule: no type check) and runtime imports made absolute so
// the module runs from a temporary directory outside the workspace.

import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import ts from "typescript";

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
      sourceMap: false,
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
  return output.outputText;
}
