// The calling convention of docs/ARCHITECTURE.md: keywords travel as one trailing `Kwargs`;
// `bindArguments` maps them onto the TS parameter list with CPython's exact TypeErrors.
import { TypeError } from "./exception-classes.js";
import { PyDict } from "./dict.js";
import { PyTuple } from "./tuple.js";
import { typeName } from "./typename.js";

export class Kwargs {
  readonly record: Record<string, unknown>;
  constructor(record: Record<string, unknown>) {
    this.record = Object.assign(Object.create(null) as Record<string, unknown>, record);
  }
  get size(): number {
    return Object.keys(this.record).length;
  }
}

export function kw(record: Record<string, unknown> | PyDict): Kwargs {
  if (record instanceof PyDict) {
    const r: Record<string, unknown> = {};
    for (const [k, v] of record.table.map.values()) {
      if (typeof k !== "string") throw new TypeError("keywords must be strings");
      r[k] = v;
    }
    return new Kwargs(r);
  }
  return new Kwargs(record);
}

export type ParamKind = "positional-only" | "positional" | "var-positional" | "keyword-only" | "var-keyword";
export type Param = { readonly name: string; readonly kind: ParamKind; readonly hasDefault: boolean };
export type Signature = { readonly name: string; readonly params: readonly Param[] };

// Splits a call's argument list into positionals and the trailing Kwargs, if any.
export function splitKwargs(args: readonly unknown[]): [unknown[], Record<string, unknown>] {
  const last = args[args.length - 1];
  if (last instanceof Kwargs) return [args.slice(0, -1), last.record];
  return [args as unknown[], {}];
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function missing(sig: Signature, names: string[], what: string): never {
  const s = names.length === 1 ? "" : "s";
  throw new TypeError(`${sig.name}() missing ${names.length} required ${what} argument${s}: ${nameList(names)}`);
}

function tooMany(sig: Signature, positional: Param[], given: number, kwonlyGiven: number): never {
  const total = positional.length;
  const defaults = positional.filter((p) => p.hasDefault).length;
  const takes = defaults > 0 ? `from ${total - defaults} to ${total}` : `${total}`;
  const plural = total === 1 && defaults === 0 ? "" : "s";
  const extra = kwonlyGiven
    ? ` positional argument${given === 1 ? "" : "s"} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? "" : "s"})`
    : "";
  const verb = given === 1 && !kwonlyGiven ? "was" : "were";
  throw new TypeError(`${sig.name}() takes ${takes} positional argument${plural} but ${given}${extra} ${verb} given`);
}

// Returns the TS parameter list: positionals, then *args as a PyTuple, keyword-only ones, then
// **kwargs as a PyDict; a missing defaulted parameter is `undefined`.
export function bindArguments(sig: Signature, args: readonly unknown[]): unknown[] {
  const [positional, keywords] = splitKwargs(args);
  const params = sig.params;
  const posParams = params.filter((p) => p.kind === "positional-only" || p.kind === "positional");
  const varPos = params.find((p) => p.kind === "var-positional");
  const kwOnly = params.filter((p) => p.kind === "keyword-only");
  const varKw = params.find((p) => p.kind === "var-keyword");

  const values = new Map<string, unknown>();
  posParams.forEach((p, i) => {
    if (i < positional.length) values.set(p.name, positional[i]);
  });
  const extraKw = new PyDict();
  const posOnlyAsKw: string[] = [];
  for (const [name, value] of Object.entries(keywords)) {
    const p = params.find((q) => q.name === name && (q.kind === "positional" || q.kind === "keyword-only"));
    if (!p) {
      if (varKw) extraKw.set(name, value);
      else if (params.some((q) => q.name === name && q.kind === "positional-only")) posOnlyAsKw.push(name);
      else throw new TypeError(`${sig.name}() got an unexpected keyword argument '${name}'`);
      continue;
    }
    if (values.has(name)) throw new TypeError(`${sig.name}() got multiple values for argument '${name}'`);
    values.set(name, value);
  }
  if (posOnlyAsKw.length > 0) {
    throw new TypeError(
      `${sig.name}() got some positional-only arguments passed as keyword arguments: '${posOnlyAsKw.join(", ")}'`,
    );
  }
  if (positional.length > posParams.length && !varPos) {
    tooMany(sig, posParams, positional.length, kwOnly.filter((p) => values.has(p.name)).length);
  }
  const missingPos = posParams.filter((p) => !p.hasDefault && !values.has(p.name)).map((p) => p.name);
  if (missingPos.length > 0) missing(sig, missingPos, "positional");
  const missingKw = kwOnly.filter((p) => !p.hasDefault && !values.has(p.name)).map((p) => p.name);
  if (missingKw.length > 0) missing(sig, missingKw, "keyword-only");

  const out: unknown[] = [];
  for (const p of params) {
    switch (p.kind) {
      case "positional-only":
      case "positional":
      case "keyword-only":
        out.push(values.get(p.name));
        break;
      case "var-positional":
        out.push(PyTuple.fromIterable(positional.slice(posParams.length)));
        break;
      case "var-keyword":
        out.push(extraKw);
        break;
    }
  }
  return out;
}

import { signatureFromText } from "./lowering.js";
export { signatureFromText };

const signatures = new WeakMap<Function, Signature>();

/** Attaches a function's Python signature: a Signature, or the compact text generated code
 *  uses, `"name(a, b=, *args, k=, **kw)"` (see signatureFromText). */
export function defineFunction<F extends Function>(fn: F, sig: Signature | string): F {
  const signature = typeof sig === "string" ? signatureFromText(sig) : sig;
  signatures.set(fn, signature);
  // Generated code passes decorated functions as anonymous expressions (so recursion goes
  // through the decorated name): the signature gives them their Python name.
  if (fn.name === "") Object.defineProperty(fn, "name", { value: signature.name.split(".").pop(), configurable: true });
  return fn;
}

export function signatureOf(fn: Function): Signature | undefined {
  return signatures.get(fn);
}

function isClass(fn: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

export function callFunction(fn: unknown, args: readonly unknown[], kwargs?: PyDict | Record<string, unknown>): any {
  if (typeof fn !== "function") {
    const call = (fn as { __call__?: unknown })?.__call__;
    if (typeof call === "function") return callFunction(call.bind(fn), args, kwargs);
    throw new TypeError(`'${typeName(fn)}' object is not callable`);
  }
  const kwArg = kwargs === undefined ? undefined : kw(kwargs);
  const hasKw = kwArg !== undefined && kwArg.size > 0;
  const sig = signatures.get(fn);
  const full = hasKw ? [...args, kwArg] : [...args];
  const bound = sig ? bindArguments(sig, full) : full;
  return isClass(fn) ? new (fn as new (...a: unknown[]) => unknown)(...bound) : (fn as (...a: unknown[]) => unknown)(...bound);
}
