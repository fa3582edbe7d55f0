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
/** `implicitSelf` marks a generated method's signature (`Greeter.hello(name)`), whose `self` or
 *  `cls` the call binds before these params; the runtime's own method signatures list `self`. */
export type Signature = { readonly name: string; readonly params: readonly Param[]; readonly implicitSelf?: boolean };

/** How many leading arguments a call binds implicitly: CPython counts a method's `self` in
 *  "takes 2 positional arguments but 3 were given" (not in "missing …"). */
function implicitArguments(sig: Signature): number {
  return sig.implicitSelf === true ? 1 : 0;
}

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

function tooMany(sig: Signature, positional: Param[], givenHere: number, kwonlyGiven: number): never {
  const total = positional.length + implicitArguments(sig);
  const given = givenHere + implicitArguments(sig);
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
// The positional parameter count of a signature made only of plain positional parameters (the
// common case), so a call without keywords that fits can skip binding; -1 for any other shape.
const plainArity = new WeakMap<Signature, number>();

function plainArityOf(sig: Signature): number {
  let arity = plainArity.get(sig);
  if (arity === undefined) {
    arity = sig.params.every((p) => p.kind === "positional") ? sig.params.length : -1;
    plainArity.set(sig, arity);
  }
  return arity;
}

export function bindArguments(sig: Signature, args: readonly unknown[]): unknown[] {
  // Fast path: every required parameter given, no keywords, nothing extra. A missing defaulted
  // parameter reads as undefined either way.
  const arity = plainArityOf(sig);
  if (arity === args.length && !(args[arity - 1] instanceof Kwargs)) return args as unknown[];
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
export interface FunctionOptions {
  readonly doc?: string;
  readonly static?: boolean;
  /** `__defaults__` and `__kwdefaults__`, given only where the program reads them. */
  readonly defaults?: PyTuple;
  readonly kwdefaults?: Record<string, unknown>;
}

export function defineFunction<F extends Function>(fn: F, sig: Signature | string, options?: FunctionOptions): F {
  const parsed = typeof sig === "string" ? signatureFromText(sig) : sig;
  // A qualified name is a method's (defined in a class body); a @staticmethod has no self.
  const signature = parsed.name.includes(".") && !options?.static ? { ...parsed, implicitSelf: true } : parsed;
  // The def's docstring is its `__doc__` (None otherwise, see getattr).
  if (options?.doc !== undefined) Object.defineProperty(fn, "__doc__", { value: options.doc, writable: true, configurable: true });
  if (options?.defaults !== undefined) Object.defineProperty(fn, "__defaults__", { value: options.defaults, writable: true, configurable: true });
  if (options?.kwdefaults !== undefined) Object.defineProperty(fn, "__kwdefaults__", { value: new PyDict(Object.entries(options.kwdefaults)), writable: true, configurable: true });
  signatures.set(fn, signature);
  // Generated code passes decorated functions as anonymous expressions (so recursion goes
  // through the decorated name): the signature gives them their Python name.
  if (fn.name === "") Object.defineProperty(fn, "name", { value: signature.name.split(".").pop(), configurable: true });
  return fn;
}

export function signatureOf(fn: Function): Signature | undefined {
  return signatures.get(fn);
}

const classes = new WeakMap<Function, boolean>();

/** Whether `fn` is a JS class, which only `new` may call. */
export function isClass(fn: Function): boolean {
  let known = classes.get(fn);
  if (known === undefined) {
    known = /^class[\s{]/.test(Function.prototype.toString.call(fn));
    classes.set(fn, known);
  }
  return known;
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
