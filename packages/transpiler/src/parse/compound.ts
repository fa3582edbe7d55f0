// Compound statements: def, class, decorators, if/elif/else, for, while, try, with, match.

import type { ExceptHandler, Expr, Keyword, Stmt, WithItem } from "../ast/nodes.js";
import { expectedToken, invalidSyntax, notInPython311 } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import type { CstNode } from "./cst.js";
import { field, fields, hasToken, namedKids, spanOf } from "./cst.js";
import { ArgumentOrder } from "./collections.js";
import { errorExpr, expr } from "./expressions.js";
import { functionArguments, lambdaArguments } from "./parameters.js";
import { matchStatement } from "./patterns.js";
import { block } from "./statements.js";
import { withContext } from "./targets.js";

export function compoundStatement(cx: ParseContext, node: CstNode): Stmt | null {
  switch (node.type) {
    case "function_definition":
    case "class_definition":
      return definition(cx, node, []);
    case "decorated_definition": {
      const decorators = namedKids(node)
        .filter((k) => k.type === "decorator")
        .map((d) => {
          const inner = namedKids(d)[0];
          return inner ? expr(cx, inner) : errorExpr(cx.invalid(d));
        });
      const def = field(node, "definition");
      if (!def) {
        cx.invalid(node);
        return null;
      }
      return definition(cx, def, decorators);
    }
    case "if_statement":
      return ifStatement(cx, node);
    case "for_statement": {
      const left = field(node, "left");
      const right = field(node, "right");
      if (!left || !right) return null;
      return {
        kind: "For",
        span: spanOf(node),
        isAsync: hasToken(node, "async"),
        target: withContext(cx, expr(cx, left), "Store"),
        iter: expr(cx, right),
        body: block(cx, field(node, "body")),
        orelse: block(cx, elseBody(node)),
      };
    }
    case "while_statement": {
      const test = field(node, "condition");
      if (!test) return null;
      return { kind: "While", span: spanOf(node), test: expr(cx, test), body: block(cx, field(node, "body")), orelse: block(cx, elseBody(node)) };
    }
    case "try_statement":
      return tryStatement(cx, node);
    case "with_statement":
      return withStatement(cx, node);
    case "match_statement":
      return matchStatement(cx, node);
    default:
      return null;
  }
}

function elseBody(node: CstNode): CstNode | null {
  const alternative = field(node, "alternative");
  return alternative ? field(alternative, "body") : null;
}

/** CPython keeps the docstring as the first statement of the body too. */
function docstringOf(body: readonly Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === "ExprStmt" && first.value.kind === "Constant" && first.value.value.type === "str") {
    return first.value.value.value;
  }
  return null;
}

function definition(cx: ParseContext, node: CstNode, decoratorList: Expr[]): Stmt | null {
  const name = field(node, "name");
  if (!name) {
    cx.invalid(node);
    return null;
  }
  const typeParameters = field(node, "type_parameters");
  if (typeParameters) {
    const draft = notInPython311(spanOf(typeParameters), "a type parameter list");
    // Python 3.11 wants the parameter list's '(' where 3.12 allows '['.
    cx.report(node.type === "function_definition" ? { ...draft, ...expectedToken(draft.span, "(") , notes: draft.notes } : draft);
  }
  const body = block(cx, field(node, "body"));
  const span = spanOf(node);
  if (node.type === "class_definition") {
    const bases: Expr[] = [];
    const keywords: Keyword[] = [];
    const superclasses = field(node, "superclasses");
    const order = new ArgumentOrder(cx);
    for (const kid of superclasses ? namedKids(superclasses) : []) {
      order.check(kid);
      if (kid.type === "keyword_argument") {
        const key = field(kid, "name");
        const value = field(kid, "value");
        if (key && value) keywords.push({ kind: "keyword", span: spanOf(kid), arg: key.text, value: expr(cx, value) });
      } else if (kid.type === "dictionary_splat") {
        const inner = namedKids(kid)[0];
        if (inner) keywords.push({ kind: "keyword", span: spanOf(kid), arg: null, value: expr(cx, inner) });
      } else {
        bases.push(expr(cx, kid));
      }
    }
    return { kind: "ClassDef", span, name: name.text, nameSpan: spanOf(name), bases, keywords, body, decoratorList, docstring: docstringOf(body) };
  }
  const params = field(node, "parameters");
  const returns = field(node, "return_type");
  return {
    kind: "FunctionDef",
    span,
    name: name.text,
    nameSpan: spanOf(name),
    isAsync: hasToken(node, "async"),
    args: params ? functionArguments(cx, params) : lambdaArguments(cx, node, null),
    body,
    decoratorList,
    returns: returns ? expr(cx, returns) : null,
    docstring: docstringOf(body),
  };
}

// if a: … elif b: … else: …  →  If(a, …, [If(b, …, […])])
function ifStatement(cx: ParseContext, node: CstNode): Stmt | null {
  const test = field(node, "condition");
  if (!test) return null;
  const alternatives = fields(node, "alternative");
  let orelse: Stmt[] = [];
  for (let i = alternatives.length - 1; i >= 0; i--) {
    const alt = alternatives[i];
    if (alt.type === "else_clause") {
      orelse = block(cx, field(alt, "body"));
      continue;
    }
    const condition = field(alt, "condition");
    if (!condition) continue;
    const span = { start: alt.startIndex, end: orelse.length > 0 ? orelse[orelse.length - 1].span.end : alt.endIndex };
    orelse = [{ kind: "If", span, test: expr(cx, condition), body: block(cx, field(alt, "consequence")), orelse }];
  }
  return { kind: "If", span: spanOf(node), test: expr(cx, test), body: block(cx, field(node, "consequence")), orelse };
}

function tryStatement(cx: ParseContext, node: CstNode): Stmt {
  const handlers: ExceptHandler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  let starCount = 0;
  let firstStar: boolean | null = null;
  for (const kid of namedKids(node)) {
    if (kid.type === "except_clause") {
      const star = hasToken(kid, "*");
      if (star) starCount++;
      firstStar ??= star;
      if (star !== firstStar) {
        cx.report({ ...invalidSyntax(spanOf(kid)), message: "cannot have both 'except' and 'except*' on the same 'try'" });
      }
      handlers.push(exceptHandler(cx, kid));
    } else if (kid.type === "else_clause") {
      orelse = block(cx, field(kid, "body"));
    } else if (kid.type === "finally_clause") {
      finalbody = block(cx, namedKids(kid).find((k) => k.type === "block") ?? null);
    }
  }
  return { kind: "Try", span: spanOf(node), isStar: starCount > 0, body: block(cx, field(node, "body")), handlers, orelse, finalbody };
}

// except (A, B) as e: body  →  ExceptHandler(Tuple(A, B), "e", body)
function exceptHandler(cx: ParseContext, node: CstNode): ExceptHandler {
  const values = fields(node, "value");
  let type: Expr | null = null;
  let name: string | null = field(node, "alias")?.text ?? null;
  if (values.length > 1) {
    cx.report({ ...invalidSyntax(spanOf(node)), message: "multiple exception types must be parenthesized" });
  }
  const value = values[0];
  if (value?.type === "as_pattern") {
    const [inner] = namedKids(value);
    const alias = field(value, "alias");
    type = inner ? expr(cx, inner) : null;
    const target = alias ? namedKids(alias)[0] : null;
    if (target && target.type !== "identifier") cx.invalid(target);
    name = target?.text ?? null;
  } else if (value) {
    type = expr(cx, value);
  }
  const body = block(cx, namedKids(node).find((k) => k.type === "block") ?? null);
  return { kind: "ExceptHandler", span: spanOf(node), type, name, body };
}

// with a as b, c: …  and  with (a as b, c): …  →  With([withitem(a, b), withitem(c)])
function withStatement(cx: ParseContext, node: CstNode): Stmt {
  const clause = namedKids(node).find((k) => k.type === "with_clause");
  const itemNodes = clause ? namedKids(clause).filter((k) => k.type === "with_item") : [];
  let values = itemNodes.map((item) => field(item, "value") ?? item);
  // `with (a, b):` and `with (a as b,):` are lists of context managers in Python 3.9+, which
  // tree-sitter reads as one tuple.
  if (values.length === 1 && values[0].type === "tuple") values = namedKids(values[0]);
  const items = values.map((value) => withItem(cx, value));
  return { kind: "With", span: spanOf(node), isAsync: hasToken(node, "async"), items, body: block(cx, field(node, "body")) };
}

function withItem(cx: ParseContext, value: CstNode): WithItem {
  const span = spanOf(value);
  if (value.type === "with_item") return { kind: "withitem", span, contextExpr: errorExpr(cx.invalid(value)), optionalVars: null };
  if (value.type === "as_pattern") {
    const [inner] = namedKids(value);
    const alias = field(value, "alias");
    const target = alias ? namedKids(alias)[0] : null;
    return {
      kind: "withitem",
      span,
      contextExpr: inner ? expr(cx, inner) : errorExpr(cx.invalid(value)),
      optionalVars: target ? withContext(cx, expr(cx, target), "Store") : null,
    };
  }
  return { kind: "withitem", span, contextExpr: expr(cx, value), optionalVars: null };
}
