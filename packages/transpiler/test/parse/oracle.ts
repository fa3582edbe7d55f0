// The ast.dump oracle: CPython's own AST for a snippet, as JSON, next to ours converted to the
// same shape (kinds and snake_case fields as in CPython's `ast`, spans left out). Constants are
// tagged by type; floats compare by their IEEE bits so no float formatting is involved.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ConstantValue } from "../../src/ast/nodes.js";

const pythonDumper = String.raw`
import ast, json, struct, sys
def const(x):
    if x is None: return {"None": True}
    if x is Ellipsis: return {"Ellipsis": True}
    if isinstance(x, bool): return {"bool": x}
    if isinstance(x, int): return {"int": str(x)}
    if isinstance(x, float): return {"float": struct.pack(">d", x).hex()}
    if isinstance(x, complex): return {"complex": struct.pack(">d", x.imag).hex()}
    if isinstance(x, str): return {"str": x}
    if isinstance(x, bytes): return {"bytes": list(x)}
    raise TypeError(type(x))
def conv(v):
    if isinstance(v, list): return [conv(x) for x in v]
    if not isinstance(v, ast.AST): return v
    out = {"_type": type(v).__name__}
    for f in v._fields:
        if f in ("type_comment", "type_ignores", "kind", "simple"): continue
        value = getattr(v, f, None)
        if f == "value" and isinstance(v, (ast.Constant, ast.MatchSingleton)): out[f] = const(value)
        elif f == "is_async": out[f] = value
        else: out[f] = conv(value)
    return out
results = []
for src in json.load(sys.stdin):
    try: results.append(conv(ast.parse(src)))
    except SyntaxError as e: results.append({"error": str(e)})
print(json.dumps(results))
`;

const fixtures = new URL("./fixtures/", import.meta.url);

/**
 * CPython's ASTs for the snippets: live python3 when present, the recorded file otherwise.
 * With `record: false` (inputs that change under us, like the samples) python3 is required.
 */
export function cpythonAsts(name: string, snippets: readonly string[], options: { readonly record: boolean } = { record: true }): unknown[] {
  const recorded = new URL(`${name}.json`, fixtures);
  const run = spawnSync("python3", ["-c", pythonDumper], { input: JSON.stringify(snippets), encoding: "utf8",
    // The corpus is large (every sample), and sources may hold lone surrogates: room for the
    // output, and surrogates passed through rather than failing python's UTF-8 stdout.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: "utf-8:surrogatepass" },
  });
  if (run.status !== 0 && !options.record) throw new Error(`python3 is needed for the ${name} oracle: ${run.stderr || run.error}`);
  if (run.status === 0) {
    const live = JSON.parse(run.stdout) as unknown[];
    if (!options.record) return live;
    const stale = !existsSync(recorded) || snippets.some((s) => !(s in (JSON.parse(readFileSync(recorded, "utf8")) as object)));
    if (process.env.UPDATE_SNAPSHOTS === "1" || stale) {
      writeFileSync(recorded, JSON.stringify(Object.fromEntries(snippets.map((s, i) => [s, live[i]])), null, 1) + "\n");
    }
    return live;
  }
  const stored = JSON.parse(readFileSync(recorded, "utf8")) as Record<string, unknown>;
  return snippets.map((s) => stored[s]);
}

const renamed: Record<string, string> = {
  kwDefaults: "kw_defaults",
  decoratorList: "decorator_list",
  formatSpec: "format_spec",
  contextExpr: "context_expr",
  optionalVars: "optional_vars",
  kwdAttrs: "kwd_attrs",
  kwdPatterns: "kwd_patterns",
};
const dropped = new Set(["kind", "span", "nameSpan", "docstring", "comments", "isStar"]);
const operatorFields = new Set(["op", "ctx"]);

function bitsHex(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return Array.from(new Uint8Array(view.buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

function constant(value: ConstantValue): unknown {
  switch (value.type) {
    case "None":
      return { None: true };
    case "Ellipsis":
      return { Ellipsis: true };
    case "bool":
      return { bool: value.value };
    case "int":
      return { int: value.value.toString() };
    case "float":
      return { float: bitsHex(value.value) };
    case "complex":
      return { complex: bitsHex(value.imag) };
    case "str":
      return { str: value.value };
    case "bytes":
      return { bytes: Array.from(value.value) };
  }
}

function typeName(node: Record<string, unknown>): string {
  const kind = node.kind as string;
  if (kind === "ExprStmt") return "Expr";
  if (node.isAsync === true && kind !== "comprehension") return `Async${kind}`;
  if (kind === "Try" && node.isStar === true) return "TryStar";
  return kind;
}

/** Our AST in the shape of the Python dumper's output. */
export function ourAst(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ourAst);
  if (typeof value !== "object" || value === null) return value;
  const node = value as Record<string, unknown>;
  const out: Record<string, unknown> = { _type: typeName(node) };
  for (const [key, field] of Object.entries(node)) {
    if (dropped.has(key)) continue;
    if (key === "isAsync") {
      if (node.kind === "comprehension") out.is_async = field ? 1 : 0;
      continue;
    }
    const name = renamed[key] ?? key;
    if (key === "value" && (node.kind === "Constant" || node.kind === "MatchSingleton")) out[name] = constant(field as ConstantValue);
    else if (operatorFields.has(key)) out[name] = { _type: field };
    else if (key === "ops") out[name] = (field as string[]).map((op) => ({ _type: op }));
    else if (key === "conversion") out[name] = field === -1 ? -1 : (field as string).charCodeAt(0);
    else out[name] = ourAst(field);
  }
  return out;
}
