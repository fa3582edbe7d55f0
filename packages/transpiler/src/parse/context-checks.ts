// Errors CPython's compiler raises but tree-sitter's grammar accepts: `return`/`yield`/`await`
// outside a function, `break`/`continue` outside a loop.

import type { Module, Node } from "../ast/nodes.js";
import { breakOutsideLoop, continueOutsideLoop, outsideFunction } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";

interface Where {
  readonly inFunction: boolean;
  readonly inAsync: boolean;
  readonly inLoop: boolean;
}

export function checkContexts(cx: ParseContext, module: Module): void {
  for (const stmt of module.body) visit(cx, stmt, { inFunction: false, inAsync: false, inLoop: false });
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "kind" in value && "span" in value;
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "span" || key === "nameSpan") continue;
    if (Array.isArray(value)) for (const item of value) isNode(item) && out.push(item);
    else if (isNode(value)) out.push(value);
  }
  return out;
}

function visit(cx: ParseContext, node: Node, where: Where): void {
  let inner = where;
  switch (node.kind) {
    case "FunctionDef":
      // decorators, defaults and annotations are evaluated outside the function
      for (const child of [...node.decoratorList, node.args, ...(node.returns ? [node.returns] : [])]) visit(cx, child, where);
      for (const stmt of node.body) visit(cx, stmt, { inFunction: true, inAsync: node.isAsync, inLoop: false });
      return;
    case "Lambda":
      visit(cx, node.args, where);
      visit(cx, node.body, { inFunction: true, inAsync: false, inLoop: false });
      return;
    case "ClassDef":
      for (const child of [...node.decoratorList, ...node.bases, ...node.keywords]) visit(cx, child, where);
      for (const stmt of node.body) visit(cx, stmt, { inFunction: false, inAsync: false, inLoop: false });
      return;
    case "For":
    case "While":
      for (const child of children(node)) {
        const inBody = (node.body as readonly Node[]).includes(child);
        visit(cx, child, inBody ? { ...where, inLoop: true } : where);
      }
      return;
    case "Return":
      if (!where.inFunction) cx.report(outsideFunction(node.span, "return"));
      break;
    case "Yield":
    case "YieldFrom":
      if (!where.inFunction) cx.report(outsideFunction(node.span, "yield"));
      break;
    case "Await":
      if (!where.inFunction) cx.report(outsideFunction(node.span, "await"));
      else if (!where.inAsync) cx.report({ ...outsideFunction(node.span, "await"), message: "'await' outside async function" });
      break;
    case "Break":
      if (!where.inLoop) cx.report(breakOutsideLoop(node.span));
      break;
    case "Continue":
      if (!where.inLoop) cx.report(continueOutsideLoop(node.span));
      break;
    default:
      inner = where;
  }
  for (const child of children(node)) visit(cx, child, inner);
}
