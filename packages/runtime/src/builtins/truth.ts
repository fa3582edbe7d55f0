// Python truthiness (operator.truth): empty containers, zeros and None are false; user
// objects answer through __bool__, then __len__.
import { TypeError } from "./exception-classes.js";
import { PyFloat } from "./float.js";
import { typeName } from "./typename.js";

export function truth(x: unknown): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "bigint":
      return true;
    case "string":
      return x.length > 0;
    case "undefined":
      return false;
    case "function":
    case "symbol":
      return true;
  }
  if (x === null) return false;
  if (x instanceof PyFloat) return x.value !== 0;
  if (Array.isArray(x)) return x.length > 0;
  const obj = x as Record<string, unknown>;
  if (typeof obj.__bool__ === "function") {
    const r = (obj.__bool__ as () => unknown).call(x);
    if (typeof r !== "boolean") throw new TypeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  if (typeof obj.__len__ === "function") {
    const n = (obj.__len__ as () => unknown).call(x);
    return n !== 0 && n !== 0n && n !== false;
  }
  return true;
}
