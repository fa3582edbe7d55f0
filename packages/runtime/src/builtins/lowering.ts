// Run-time signatures written as text by the transpiler. The statement helpers that used to
// live here are in statements.ts (and PyObject in types.ts); re-exported for existing importers.
import type { Param, ParamKind, Signature } from "./call.js";
import { TypeError } from "./exceptions.js";
import { typeName } from "./typename.js";

export { unpack, unpackStarred, unpackEach, enterContext, exitContext, nameError, raisable, classAttributes } from "./statements.js";
export { PyObject } from "./types.js";

/** `"crawl(date, delay=, *args, key=, **kw)"` → a Signature (`=` marks a default, `/` ends the
 *  positional-only parameters, a bare `*` starts the keyword-only ones). */
export function signatureFromText(text: string): Signature {
  const open = text.indexOf("(");
  const name = text.slice(0, open);
  const inner = text.slice(open + 1, -1).trim();
  const params: Param[] = [];
  let keywordOnly = false;
  for (const raw of inner === "" ? [] : inner.split(",").map((part) => part.trim())) {
    if (raw === "/") {
      for (let index = 0; index < params.length; index++) params[index] = { ...params[index]!, kind: "positional-only" };
      continue;
    }
    if (raw === "*") {
      keywordOnly = true;
      continue;
    }
    let kind: ParamKind = keywordOnly ? "keyword-only" : "positional";
    let paramName = raw;
    if (raw.startsWith("**")) {
      kind = "var-keyword";
      paramName = raw.slice(2);
    } else if (raw.startsWith("*")) {
      kind = "var-positional";
      paramName = raw.slice(1);
      keywordOnly = true;
    }
    const hasDefault = paramName.endsWith("=");
    params.push({ name: hasDefault ? paramName.slice(0, -1) : paramName, kind, hasDefault });
  }
  return { name, params };
}

/** `__file__`: the .py path the program was converted from (the runner passes it as
 *  PY2TS_ARGV0), else the path of the generated module itself. */
export function moduleFile(moduleUrl: string): string {
  return process.env.PY2TS_ARGV0 ?? new URL(moduleUrl).pathname;
}

/** f(a=1, **d): the keyword parts merged in order; a name given twice is CPython's TypeError. */
export function mergeKeywords(...parts: unknown[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    const entries: [unknown, unknown][] =
      part !== null && typeof part === "object" && typeof (part as { items?: unknown }).items === "function"
        ? [...((part as { items(): Iterable<[unknown, unknown]> }).items())]
        : Object.entries(part as Record<string, unknown>);
    for (const [key, value] of entries) {
      if (typeof key !== "string") throw new TypeError("keywords must be strings");
      if (key in merged) throw new TypeError(`got multiple values for keyword argument '${key}'`);
      merged[key] = value;
    }
  }
  return merged;
}

/** The items of a runtime async iterator (pool.imap), for a builtin that iterates: list(…). */
export async function collectAsync(iterable: AsyncIterable<unknown>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** `{**m}` in a dict display: m's items as pairs, in order. Anything without `keys()` is
 *  CPython's "'int' object is not a mapping". */
export function mappingItems(mapping: unknown): [unknown, unknown][] {
  const keys = mapping !== null && typeof mapping === "object" ? (mapping as { keys?: unknown }).keys : undefined;
  if (typeof keys !== "function") throw new TypeError(`'${typeName(mapping)}' object is not a mapping`);
  const items = (mapping as { items?: unknown }).items;
  if (typeof items === "function") return [...(items.call(mapping) as Iterable<[unknown, unknown]>)].map(([key, value]) => [key, value]);
  const getitem = (mapping as { __getitem__: (key: unknown) => unknown }).__getitem__;
  return [...(keys.call(mapping) as Iterable<unknown>)].map((key) => [key, getitem.call(mapping, key)]);
}
