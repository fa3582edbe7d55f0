// Binding a runtime function's arguments (trailing Kwargs included) against its Python
// signature, parsed once per signature text; shared by the standard-library modules.
import { bindArguments, signatureFromText, type Signature } from "../builtins/index.js";

const parsed = new Map<string, Signature>();

/** `bind("move_to_end(key, last=)", args)` → [key, last], a missing default as `undefined`. */
export function bind(signature: string, args: readonly unknown[]): unknown[] {
  let sig = parsed.get(signature);
  if (!sig) {
    sig = signatureFromText(signature);
    parsed.set(signature, sig);
  }
  return bindArguments(sig, args);
}

/** Gives a runtime class its Python `__name__`/`__qualname__`/`__module__` (a static field
 *  cannot: PyDict and PyTuple declare `__name__` with a literal type). */
export function nameClass(cls: object, name: string, module: string): void {
  for (const [key, value] of [["__name__", name], ["__qualname__", name], ["__module__", module]] as const) {
    Object.defineProperty(cls, key, { value, writable: true, configurable: true });
  }
}
