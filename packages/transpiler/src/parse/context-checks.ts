// Errors CPython's compiler and symbol table raise but tree-sitter's grammar accepts:
// `return`/`yield`/`await` outside a function, `break`/`continue` outside a loop, misplaced
// starred expressions, duplicate parameters, unreachable match cases.

import type { Arguments, Expr, Module, Node, Pattern } from "../ast/nodes.js";
import { breakOutsideLoop, compileError, continueOutsideLoop, outsideFunction } from "../diagnostics/messages.js";
import type { ParseContext } from "./context.js";

interface Where {
  readonly inFunction: boolean;
  readonly inAsync: boolean;
  readonly inLoop: boolean;
  readonly atModule: boolean;
  /** The function is a generator (an async generator may not `return` a value). */
  readonly isGenerator: boolean;
}

const moduleLevel: Where = { inFunction: false, inAsync: false, inLoop: false, atModule: true, isGenerator: false };

export function checkContexts(cx: ParseContext, module: Module): void {
  for (const stmt of module.body) visit(cx, stmt, moduleLevel, null);
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

/** Whether a function body yields (not counting nested functions, lambdas and classes). */
function yields(node: Node): boolean {
  if (node.kind === "Yield" || node.kind === "YieldFrom") return true;
  if (node.kind === "FunctionDef" || node.kind === "Lambda" || node.kind === "ClassDef") return false;
  return children(node).some(yields);
}

function checkParameters(cx: ParseContext, args: Arguments): void {
  const seen = new Set<string>();
  const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
  for (const arg of all) {
    if (seen.has(arg.arg)) cx.report(compileError(arg.span, `duplicate argument '${arg.arg}' in function definition`));
    seen.add(arg.arg);
  }
}

function checkTargets(cx: ParseContext, targets: readonly Expr[]): void {
  for (const target of targets) {
    if (target.kind === "Starred") cx.report(compileError(target.span, "starred assignment target must be in a list or tuple"));
    if (target.kind === "Tuple" || target.kind === "List") {
      const stars = target.elts.filter((e) => e.kind === "Starred");
      if (stars.length > 1) cx.report(compileError(target.span, "multiple starred expressions in assignment"));
      checkTargets(
        cx,
        target.elts.filter((e) => e.kind !== "Starred"),
      );
    }
  }
}

/** A case that matches everything hides the cases after it. */
/** The names a pattern binds, in order, repeats included (an or-pattern's first alternative
 *  stands for all of them). */
function patternNames(pattern: Pattern): string[] {
  switch (pattern.kind) {
    case "MatchAs":
      return [...(pattern.pattern ? patternNames(pattern.pattern) : []), ...(pattern.name ? [pattern.name] : [])];
    case "MatchStar":
      return pattern.name ? [pattern.name] : [];
    case "MatchSequence":
      return pattern.patterns.flatMap(patternNames);
    case "MatchMapping":
      return [...pattern.patterns.flatMap(patternNames), ...(pattern.rest ? [pattern.rest] : [])];
    case "MatchClass":
      return [...pattern.patterns, ...pattern.kwdPatterns].flatMap(patternNames);
    case "MatchOr":
      return pattern.patterns[0] ? patternNames(pattern.patterns[0]) : [];
    default:
      return [];
  }
}

function irrefutable(pattern: Pattern): string | null {
  if (pattern.kind === "MatchAs" && pattern.pattern === null) return pattern.name ? `name capture '${pattern.name}'` : "wildcard";
  if (pattern.kind === "MatchAs" && pattern.pattern) return irrefutable(pattern.pattern);
  return null;
}

function visit(cx: ParseContext, node: Node, where: Where, parent: Node | null): void {
  const inside = (child: Node, w: Where = where): void => visit(cx, child, w, node);
  switch (node.kind) {
    case "FunctionDef": {
      checkParameters(cx, node.args);
      // decorators, defaults and annotations are evaluated outside the function
      for (const child of [...node.decoratorList, node.args, ...(node.returns ? [node.returns] : [])]) inside(child);
      const inner: Where = { inFunction: true, inAsync: node.isAsync, inLoop: false, atModule: false, isGenerator: node.body.some(yields) };
      for (const stmt of node.body) inside(stmt, inner);
      return;
    }
    case "Lambda":
      checkParameters(cx, node.args);
      inside(node.args);
      inside(node.body, { inFunction: true, inAsync: false, inLoop: false, atModule: false, isGenerator: yields(node.body) });
      return;
    case "ClassDef":
      for (const child of [...node.decoratorList, ...node.bases, ...node.keywords]) inside(child);
      for (const stmt of node.body) inside(stmt, { ...moduleLevel, atModule: false });
      return;
    case "For":
    case "While":
      if (node.kind === "For" && node.isAsync && !where.inAsync) cx.report(compileError(node.span, "'async for' outside async function"));
      if (node.kind === "For") checkTargets(cx, [node.target]);
      for (const child of children(node)) {
        const inBody = (node.body as readonly Node[]).includes(child);
        inside(child, inBody ? { ...where, inLoop: true } : where);
      }
      return;
    case "With":
      if (node.isAsync && !where.inAsync) cx.report(compileError(node.span, "'async with' outside async function"));
      break;
    case "Assign":
      checkTargets(cx, node.targets);
      break;
    case "Nonlocal":
      if (where.atModule) cx.report(compileError(node.span, "nonlocal declaration not allowed at module level"));
      break;
    case "Return":
      if (!where.inFunction) cx.report(outsideFunction(node.span, "return"));
      else if (node.value && where.inAsync && where.isGenerator) cx.report(compileError(node.span, "'return' with value in async generator"));
      break;
    case "Yield":
    case "YieldFrom":
      if (!where.inFunction) cx.report(outsideFunction(node.span, "yield"));
      else if (node.kind === "YieldFrom" && where.inAsync) cx.report(compileError(node.span, "'yield from' inside async function"));
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
    case "Starred": {
      const allowed = parent && (parent.kind === "List" || parent.kind === "Tuple" || parent.kind === "Set" || parent.kind === "Call" || parent.kind === "For" || parent.kind === "arg" || parent.kind === "ClassDef");
      if (!allowed && node.ctx === "Load") cx.report(compileError(node.span, "can't use starred expression here"));
      break;
    }
    case "Match":
      for (const c of node.cases) {
        const names = patternNames(c.pattern);
        const repeated = names.find((name, index) => names.indexOf(name) !== index);
        if (repeated !== undefined) cx.report(compileError(c.pattern.span, `multiple assignments to name '${repeated}' in pattern`));
      }
      node.cases.forEach((c, index) => {
        const hidden = irrefutable(c.pattern);
        if (hidden && !c.guard && index < node.cases.length - 1) cx.report(compileError(c.pattern.span, `${hidden} makes remaining patterns unreachable`));
      });
      break;
    case "MatchOr":
      node.patterns.forEach((p, index) => {
        const hidden = irrefutable(p);
        if (hidden && index < node.patterns.length - 1) cx.report(compileError(p.span, `${hidden} makes remaining patterns unreachable`));
      });
      break;
    default:
      break;
  }
  for (const child of children(node)) inside(child);
}
