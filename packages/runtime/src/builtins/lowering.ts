// Run-time signatures written as text by the transpiler. The statement helpers that used to
// live here are in statements.ts (and PyObject in types.ts); re-exported for existing importers.
import type { Param, ParamKind, Signature } from "./call.js";

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
