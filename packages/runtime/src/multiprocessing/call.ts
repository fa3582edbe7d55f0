// The one place multiprocessing binds Python-style arguments and calls user functions, so the
// calling convention (ARCHITECTURE "Calling convention") is applied the same way everywhere.
import { TypeError } from "../builtins/exceptions.js";
import { bindArguments, callFunction, type Param, type Signature } from "../builtins/call.js";
import { PyDict } from "../builtins/dict.js";
import { PyFloat } from "../builtins/float.js";

/** A signature from a compact list: "name" or "name=" (has a default), "*" starts keyword-only. */
export function signature(name: string, params: readonly string[]): Signature {
  let kind: Param["kind"] = "positional";
  const out: Param[] = [];
  for (const spec of params) {
    if (spec === "*") {
      kind = "keyword-only";
      continue;
    }
    const hasDefault = spec.endsWith("=");
    out.push({ name: hasDefault ? spec.slice(0, -1) : spec, kind, hasDefault });
  }
  return { name, params: out };
}

/** Binds `rawArgs` (positions, then an optional trailing Kwargs) to named values; a missing
 *  defaulted parameter is undefined. A signature whose first parameter is "self" is a method's:
 *  the receiver is counted, so messages read "takes from 1 to 2 positional arguments" as in
 *  CPython. */
export function bindCall(sig: Signature, rawArgs: readonly unknown[]): Record<string, unknown> {
  const isMethod = sig.params[0]?.name === "self";
  const values = bindArguments(sig, isMethod ? [null, ...rawArgs] : rawArgs);
  const bound: Record<string, unknown> = {};
  sig.params.forEach((param, i) => {
    bound[param.name] = values[i];
  });
  return bound;
}

/** target(*args, **kwargs) for a user function reached dynamically. */
export function invoke(fn: unknown, args: Iterable<unknown>, kwargs: PyDict | null): unknown {
  return callFunction(fn, [...args], kwargs ?? undefined);
}

/** A Python timeout (None, int, float) as seconds, or null for "wait forever". */
export function toSeconds(timeout: unknown): number | null {
  if (timeout === null || timeout === undefined) return null;
  if (timeout instanceof PyFloat) return timeout.value;
  if (typeof timeout === "number") return timeout;
  if (typeof timeout === "bigint") return Number(timeout);
  if (typeof timeout === "boolean") return timeout ? 1 : 0;
  throw new TypeError("'<' not supported between instances of 'str' and 'int'");
}
