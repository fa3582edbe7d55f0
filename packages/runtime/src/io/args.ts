// Argument binding for the file methods, which run once per line in tight loops. Their
// parameters are positional-only, as in C's _io; the common call (positionals within bounds)
// skips the general binder.
import { TypeError } from "../builtins/exceptions.js";
import { Kwargs } from "../builtins/call.js";
import { typeName } from "../builtins/typename.js";

export type MethodSignature = { readonly name: string; readonly max: number; readonly required: number };

/** `?` marks a parameter with a default. */
export function methodSignature(name: string, ...params: string[]): MethodSignature {
  return { name, max: params.length, required: params.filter((p) => !p.endsWith("?")).length };
}

export function bind(sig: MethodSignature, args: readonly unknown[], self: object): readonly unknown[] {
  const n = args.length;
  if (n > 0 && args[n - 1] instanceof Kwargs) {
    if ((args[n - 1] as Kwargs).size > 0) throw new TypeError(`${typeName(self)}.${sig.name}() takes no keyword arguments`);
    return bind(sig, args.slice(0, -1), self);
  }
  if (n > sig.max) {
    if (sig.max === 1 && sig.required === 1) throw new TypeError(`${typeName(self)}.${sig.name}() takes exactly one argument (${n} given)`);
    throw new TypeError(`${sig.name} expected at most ${sig.max} argument${sig.max === 1 ? "" : "s"}, got ${n}`);
  }
  if (n < sig.required) {
    if (sig.max === 1) throw new TypeError(`${typeName(self)}.${sig.name}() takes exactly one argument (0 given)`);
    throw new TypeError(`${sig.name} expected at least ${sig.required} argument${sig.required === 1 ? "" : "s"}, got ${n}`);
  }
  return args;
}
