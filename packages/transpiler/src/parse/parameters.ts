// Parameter lists (def and lambda) → CPython's `arguments`: `/` closes the positional-only
// group, `*` or `*args` opens the keyword-only group, defaults align with the positional tail.

import type { Arg, Arguments, Expr, Span } from "../ast/nodes.js";
import { invalidSyntax, nonDefaultAfterDefault } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";
import type { CstNode } from "./cst.js";
import { field, namedKids, spanOf } from "./cst.js";
import { expr } from "./expressions.js";

interface Param {
  readonly kind: "plain" | "star" | "starstar" | "slash" | "bare-star";
  readonly arg: Arg | null;
  readonly defaultValue: Expr | null;
  readonly span: Span;
}

export function lambdaArguments(cx: ParseContext, owner: CstNode, params: CstNode | null): Arguments {
  return buildArguments(cx, params ? namedKids(params) : [], params ? spanOf(params) : { start: owner.startIndex, end: owner.startIndex });
}

export function functionArguments(cx: ParseContext, params: CstNode): Arguments {
  return buildArguments(cx, namedKids(params), spanOf(params));
}

function buildArguments(cx: ParseContext, kids: readonly CstNode[], span: Span): Arguments {
  const posonlyargs: Arg[] = [];
  const args: Arg[] = [];
  const kwonlyargs: Arg[] = [];
  const kwDefaults: (Expr | null)[] = [];
  const defaults: Expr[] = [];
  let vararg: Arg | null = null;
  let kwarg: Arg | null = null;
  let keywordOnly = false;
  let bareStar: Param | null = null;
  for (const kid of kids) {
    const param = parameter(cx, kid);
    if (!param) continue;
    if (kwarg) cx.report({ ...invalidSyntax(param.span), message: "arguments cannot follow var-keyword argument" });
    switch (param.kind) {
      case "slash":
        if (keywordOnly || posonlyargs.length > 0 || args.length === 0) cx.report(invalidSyntax(param.span));
        posonlyargs.push(...args.splice(0));
        break;
      case "bare-star":
        if (keywordOnly) cx.report({ ...invalidSyntax(param.span), message: "* argument may appear only once" });
        keywordOnly = true;
        bareStar = param;
        break;
      case "star":
        if (keywordOnly) cx.report({ ...invalidSyntax(param.span), message: "* argument may appear only once" });
        keywordOnly = true;
        vararg = param.arg;
        break;
      case "starstar":
        kwarg = param.arg;
        break;
      case "plain":
        if (!param.arg) break;
        if (keywordOnly) {
          kwonlyargs.push(param.arg);
          kwDefaults.push(param.defaultValue);
        } else {
          if (param.defaultValue) defaults.push(param.defaultValue);
          else if (defaults.length > 0) cx.report(nonDefaultAfterDefault(param.span));
          args.push(param.arg);
        }
        break;
    }
  }
  if (bareStar && kwonlyargs.length === 0) {
    cx.report({ ...invalidSyntax(bareStar.span), message: "named arguments must follow bare *" });
  }
  return { kind: "arguments", span, posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults };
}

function arg(name: CstNode, annotation: Expr | null, span: Span): Arg {
  return { kind: "arg", span, arg: name.text, annotation };
}

function parameter(cx: ParseContext, node: CstNode): Param | null {
  const span = spanOf(node);
  const none = { arg: null, defaultValue: null, span };
  switch (node.type) {
    case "identifier":
      return { kind: "plain", arg: arg(node, null, span), defaultValue: null, span };
    case "positional_separator":
      return { kind: "slash", ...none };
    case "keyword_separator":
      return { kind: "bare-star", ...none };
    case "list_splat_pattern":
    case "dictionary_splat_pattern": {
      const name = namedKids(node)[0];
      if (!name || name.type !== "identifier") break;
      return { kind: node.type === "list_splat_pattern" ? "star" : "starstar", arg: arg(name, null, span), defaultValue: null, span };
    }
    case "typed_parameter": {
      const inner = namedKids(node).find((k) => k !== field(node, "type"));
      const type = field(node, "type");
      if (!inner || !type) break;
      const annotation = expr(cx, type);
      if (inner.type === "identifier") return { kind: "plain", arg: arg(inner, annotation, span), defaultValue: null, span };
      const name = namedKids(inner)[0];
      if (!name || name.type !== "identifier") break;
      return { kind: inner.type === "list_splat_pattern" ? "star" : "starstar", arg: arg(name, annotation, span), defaultValue: null, span };
    }
    case "default_parameter":
    case "typed_default_parameter": {
      const name = field(node, "name");
      const value = field(node, "value");
      const type = field(node, "type");
      if (!name || name.type !== "identifier" || !value) break;
      const annotation = type ? expr(cx, type) : null;
      return { kind: "plain", arg: arg(name, annotation, span), defaultValue: expr(cx, value), span };
    }
  }
  // Python 2 tuple parameters and anything else tree-sitter accepts but Python 3 does not.
  cx.report(invalidSyntax(span));
  return null;
}
