// Argument binding for the runtime functions of math and random that take keywords: a call
// with plain positional arguments skips bindArguments (most calls), the rest get its errors.
import { bindArguments, Kwargs, type Signature } from "../builtins/call.js";
import { TypeError } from "../builtins/exceptions.js";
import { signatureFromText } from "../builtins/lowering.js";

type Bound = { readonly sig: Signature; readonly required: number; readonly positional: number; readonly simple: boolean };
const cache = new Map<string, Bound>();

function compile(text: string): Bound {
  const sig = signatureFromText(text);
  const pos = sig.params.filter((p) => p.kind === "positional" || p.kind === "positional-only");
  const simple = sig.params.every((p) => p.kind === "positional" || p.kind === "positional-only" || (p.kind === "keyword-only" && p.hasDefault));
  const required = pos.filter((p) => !p.hasDefault).length;
  return { sig, required, positional: pos.length, simple };
}

// `text` is a signature as signatureFromText reads it, e.g. "Random.sample(population, k, *, counts=)".
export function bindPython(text: string, args: readonly unknown[]): unknown[] {
  let b = cache.get(text);
  if (!b) cache.set(text, (b = compile(text)));
  const n = args.length;
  if (b.simple && (n === 0 || !(args[n - 1] instanceof Kwargs)) && n >= b.required && n <= b.positional) {
    const out = args.slice();
    out.length = b.sig.params.length;
    return out;
  }
  return bindArguments(b.sig, args);
}

// C functions word an unknown keyword differently from Python functions.
export function bindC(text: string, args: readonly unknown[]): unknown[] {
  try {
    return bindPython(text, args);
  } catch (e) {
    const bad = e instanceof TypeError ? /unexpected keyword argument '(.*)'$/.exec(e.message) : null;
    if (bad) throw new TypeError(`'${bad[1]}' is an invalid keyword argument for ${text.slice(0, text.indexOf("("))}()`);
    throw e;
  }
}
