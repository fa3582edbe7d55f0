// Generic traversal of the Python AST: one exhaustive switch, so a new node kind does not
// compile until the walker knows its children.

import { assertNever, type Node } from "./nodes.js";

type Child = Node | null | undefined | readonly (Node | null)[];

function childrenOf(node: Node): Child[] {
  switch (node.kind) {
    case "Module":
      return [node.body];
    case "FunctionDef":
      return [node.decoratorList, node.args, node.returns, node.body];
    case "ClassDef":
      return [node.decoratorList, node.bases, node.keywords, node.body];
    case "Return":
      return [node.value];
    case "Delete":
      return [node.targets];
    case "Assign":
      return [node.value, node.targets];
    case "AugAssign":
      return [node.target, node.value];
    case "AnnAssign":
      return [node.annotation, node.value, node.target];
    case "For":
      return [node.iter, node.target, node.body, node.orelse];
    case "While":
      return [node.test, node.body, node.orelse];
    case "If":
      return [node.test, node.body, node.orelse];
    case "With":
      return [node.items, node.body];
    case "Match":
      return [node.subject, node.cases];
    case "Raise":
      return [node.exc, node.cause];
    case "Try":
      return [node.body, node.handlers, node.orelse, node.finalbody];
    case "Assert":
      return [node.test, node.msg];
    case "Import":
    case "ImportFrom":
      return [node.names];
    case "Global":
    case "Nonlocal":
    case "Pass":
    case "Break":
    case "Continue":
      return [];
    case "ExprStmt":
      return [node.value];
    case "BoolOp":
      return [node.values];
    case "NamedExpr":
      return [node.value, node.target];
    case "BinOp":
      return [node.left, node.right];
    case "UnaryOp":
      return [node.operand];
    case "Lambda":
      return [node.args, node.body];
    case "IfExp":
      return [node.test, node.body, node.orelse];
    case "Dict":
      return [node.keys, node.values];
    case "Set":
      return [node.elts];
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      return [node.generators, node.elt];
    case "DictComp":
      return [node.generators, node.key, node.value];
    case "Await":
    case "YieldFrom":
      return [node.value];
    case "Yield":
      return [node.value];
    case "Compare":
      return [node.left, node.comparators];
    case "Call":
      return [node.func, node.args, node.keywords];
    case "FormattedValue":
      return [node.value, node.formatSpec];
    case "JoinedStr":
      return [node.values];
    case "Constant":
    case "Name":
      return [];
    case "Attribute":
      return [node.value];
    case "Subscript":
      return [node.value, node.slice];
    case "Starred":
      return [node.value];
    case "List":
    case "Tuple":
      return [node.elts];
    case "Slice":
      return [node.lower, node.upper, node.step];
    case "MatchValue":
      return [node.value];
    case "MatchSingleton":
    case "MatchStar":
      return [];
    case "MatchSequence":
    case "MatchOr":
      return [node.patterns];
    case "MatchMapping":
      return [node.keys, node.patterns];
    case "MatchClass":
      return [node.cls, node.patterns, node.kwdPatterns];
    case "MatchAs":
      return [node.pattern];
    case "arg":
      return [node.annotation];
    case "arguments":
      return [node.posonlyargs, node.args, node.vararg, node.kwonlyargs, node.kwDefaults, node.kwarg, node.defaults];
    case "keyword":
      return [node.value];
    case "alias":
      return [];
    case "withitem":
      return [node.contextExpr, node.optionalVars];
    case "ExceptHandler":
      return [node.type, node.body];
    case "match_case":
      return [node.pattern, node.guard, node.body];
    case "comprehension":
      return [node.iter, node.target, node.ifs];
    default:
      return assertNever(node);
  }
}

/** Calls `visit` on each direct child node, in evaluation order where it matters. */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  for (const child of childrenOf(node)) {
    if (child === null || child === undefined) continue;
    if (Array.isArray(child)) {
      for (const item of child as readonly (Node | null)[]) if (item) visit(item);
    } else {
      visit(child as Node);
    }
  }
}

/** Depth-first walk; return false from `enter` to skip a node's children. */
export function walk(node: Node, enter: (node: Node) => boolean | void): void {
  if (enter(node) === false) return;
  forEachChild(node, (child) => walk(child, enter));
}
