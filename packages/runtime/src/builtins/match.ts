// CPython's rules for which subjects a `match` pattern accepts (PEP 634), for generated code:
// each helper returns what the sub-patterns match against, or null when the pattern fails.

import { PyDict } from "./dict.js";
import { TypeError, ValueError } from "./exceptions.js";
import { getattr, hasattr } from "./attributes.js";
import { PyRange } from "./range.js";
import { PyTuple } from "./tuple.js";
import { bool, bytes, dict, float, frozenset, int, isinstance, list, set, str, tuple } from "./types.js";
import { eq } from "./compare.js";

/** A sequence pattern: lists, tuples and ranges (not str or bytes), of exactly `length` items,
 *  or at least that many with a star. */
export function matchSequence(subject: unknown, length: number, star: boolean): unknown[] | null {
  if (!(Array.isArray(subject) || subject instanceof PyRange)) return null;
  const items = Array.isArray(subject) ? subject : [...(subject as Iterable<unknown>)];
  if (star ? items.length < length : items.length !== length) return null;
  return items;
}

/** A mapping pattern: a dict holding every key; the values in key order. */
export function matchMapping(subject: unknown, keys: readonly unknown[]): unknown[] | null {
  if (!(subject instanceof PyDict)) return null;
  keys.forEach((key, position) => {
    if (keys.slice(0, position).some((earlier) => eq(earlier, key) === true)) {
      throw new ValueError(`mapping pattern checks duplicate key (${String(key)})`);
    }
  });
  const values: unknown[] = [];
  for (const key of keys) {
    if (!subject.has(key)) return null;
    values.push(subject.get(key));
  }
  return values;
}

/** `**rest` of a mapping pattern: a new dict of the other items. */
export function matchRest(subject: PyDict, keys: readonly unknown[]): PyDict {
  const rest = new PyDict();
  for (const [key, value] of subject.items() as Iterable<[unknown, unknown]>) {
    if (!keys.some((taken) => eq(taken, key) === true)) rest.set(key, value);
  }
  return rest;
}

/** Builtins whose single positional sub-pattern matches the subject itself. */
const SELF_MATCHING: readonly unknown[] = [bool, bytes, dict, float, frozenset, int, list, set, str, tuple];

function className(cls: unknown): string {
  return String((cls as { __name__?: unknown; name?: unknown }).__name__ ?? (cls as { name?: unknown }).name);
}

/** A class pattern `Cls(p0, p1, k=pk)`: the values the positional (via __match_args__) and
 *  keyword sub-patterns match against, or null when the subject is not a Cls or lacks one. */
export function matchClass(subject: unknown, cls: unknown, positional: number, keywords: readonly string[]): unknown[] | null {
  if (typeof cls !== "function" && !SELF_MATCHING.includes(cls)) throw new TypeError("called match pattern must be a class");
  if (!isinstance(subject, cls)) return null;
  const values: unknown[] = [];
  if (positional > 0) {
    if (SELF_MATCHING.includes(cls) && positional === 1) {
      values.push(subject);
    } else {
      const matchArgs = (cls as { __match_args__?: unknown }).__match_args__;
      const names = matchArgs instanceof PyTuple ? (matchArgs as unknown as string[]) : [];
      if (positional > names.length) {
        throw new TypeError(`${className(cls)}() accepts ${names.length} positional sub-pattern${names.length === 1 ? "" : "s"} (${positional} given)`);
      }
      for (const name of names.slice(0, positional)) {
        if (!hasattr(subject, name)) return null;
        values.push(getattr(subject, name));
      }
    }
  }
  for (const name of keywords) {
    if (!hasattr(subject, name)) return null;
    values.push(getattr(subject, name));
  }
  return values;
}
