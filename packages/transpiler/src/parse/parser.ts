// parseModule: Python source → our AST (ast/nodes.ts) through tree-sitter-python. Syntax
// errors go to the sink, all of them; the (partial) Module is returned either way.

import { createRequire } from "node:module";
import { Language, Parser } from "web-tree-sitter";
import type { Comment, Module } from "../ast/nodes.js";
import { InternalError } from "../diagnostics/internal-error.js";
import type { DiagnosticSink } from "../diagnostics/sink.js";
import { checkContexts } from "./context-checks.js";
import { checkNonlocals } from "./nonlocal-check.js";
import { ParseContext } from "./context.js";
import type { CstNode, TreeCursor } from "./cst.js";
import { namedKids, withCursor } from "./cst.js";
import { statements } from "./statements.js";
import { reportSyntaxErrors } from "./syntax-errors.js";

// Loading the wasm grammar is slow and its result immutable, so it is done once per process.
let parserPromise: Promise<Parser> | null = null;

function loadParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    await Parser.init();
    const language = await Language.load(require.resolve("tree-sitter-python/tree-sitter-python.wasm"));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return parserPromise;
}

export async function parseModule(source: string, file: string, sink: DiagnosticSink): Promise<Module> {
  const parser = await loadParser();
  const tree = parser.parse(source);
  if (!tree) throw new InternalError(`tree-sitter returned no tree for ${file}`);
  try {
    const cx = new ParseContext(source, file, sink);
    const root = tree.rootNode;
    reportSyntaxErrors(cx, root);
    const module: Module = {
      kind: "Module",
      span: { start: 0, end: source.length },
      body: statements(cx, namedKids(root)),
      comments: collectComments(root),
    };
    // CPython's compiler checks run only on a module that parsed.
    if (cx.reportedCount === 0) checkContexts(cx, module);
    if (cx.reportedCount === 0) checkNonlocals(cx, module);
    cx.flush();
    return module;
  } finally {
    tree.delete();
  }
}

function collectComments(root: CstNode): Comment[] {
  return withCursor(root, (cursor) => commentsUnder(cursor));
}

function commentsUnder(cursor: TreeCursor): Comment[] {
  const comments: Comment[] = [];
  let done = false;
  while (!done) {
    if (cursor.nodeType === "comment") {
      comments.push({ span: { start: cursor.startIndex, end: cursor.endIndex }, text: cursor.nodeText.slice(1) });
    } else if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        done = true;
        break;
      }
    }
  }
  return comments;
}
