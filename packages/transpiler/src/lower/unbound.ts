// Names that a read may find unbound, so the read checks (`checkName(x, "x")`) and raises
// NameError / UnboundLocalError as CPython does instead of reading `undefined` as None:
// deleted with `del`, read (textually) before their first binding, bound only inside loops
// and read after them, or bound by `except … as e` and mentioned outside that handler
// (Python deletes `e` when the handler ends).

import type { Node, Stmt } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import type { Scope } from "../analyze/scopes.js";
import type { ResolvesHere } from "./declarations.js";

/** Binding kinds whose position decides boundness; params, defs, classes, imports are bound where they stand. */
const FLOW_KINDS = new Set(["assign", "loop", "except", "del", "walrus", "with", "match"]);

interface Range {
  readonly start: number;
  readonly end: number;
}

const within = (offset: number, range: Range) => offset >= range.start && offset < range.end;

export function maybeUnboundNames(scope: Scope, body: readonly Stmt[], resolves: ResolvesHere): Set<string> {
  const binds = new Map<string, number[]>();
  const loads = new Map<string, number[]>();
  const loops: Range[] = [];
  const handlers = new Map<string, Range[]>();
  const push = <T>(map: Map<string, T[]>, id: string, value: T) => (map.get(id) ?? map.set(id, []).get(id)!).push(value);
  const visit = (node: Node): boolean | void => {
    switch (node.kind) {
      case "FunctionDef":
      case "ClassDef":
      case "Lambda":
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return false; // another scope (its defaults and decorators bind nothing here)
      case "For":
      case "While":
        loops.push({ start: node.span.start, end: node.span.end });
        return;
      case "ExceptHandler":
        if (node.name) {
          push(binds, node.name, node.span.start);
          push(handlers, node.name, { start: node.span.start, end: node.span.end });
        }
        return;
      case "Name":
        if (!resolves(node)) return;
        if (node.ctx === "Load") push(loads, node.id, node.span.start);
        else push(binds, node.id, node.span.start);
        return;
      default:
        return;
    }
  };
  for (const stmt of body) walk(stmt, visit);

  const result = new Set<string>();
  for (const [id, kinds] of scope.bindings) {
    if (!kinds.every((kind) => FLOW_KINDS.has(kind))) continue;
    const reads = loads.get(id) ?? [];
    if (reads.length === 0 && !kinds.includes("del")) continue;
    const sites = binds.get(id) ?? [];
    const first = Math.min(...sites);
    const inHandler = handlers.get(id) ?? [];
    const bindingLoops = loops.filter((loop) => sites.every((site) => within(site, loop)));
    if (
      kinds.includes("del") ||
      reads.some((read) => read < first) ||
      (bindingLoops.length > 0 && reads.some((read) => !bindingLoops.some((loop) => within(read, loop)))) ||
      (inHandler.length > 0 && [...reads, ...sites].some((offset) => !inHandler.some((handler) => within(offset, handler))))
    ) {
      result.add(id);
    }
  }
  return result;
}
