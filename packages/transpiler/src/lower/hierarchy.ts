// Which classes of the module take part in multiple inheritance. Their methods reach the next
// class with `pySuper(Cls, this)`, which follows the instance's MRO at run time: JS `super`
// follows the class's own prototype chain, which is not the MRO once a subclass has two bases.

import type { ClassDef } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";
import type { Symbols } from "../analyze/symbols.js";

const cache = new WeakMap<Symbols, Set<ClassDef>>();

/** `class D(B, C)`: D, B, C and every user ancestor of them. */
export function inMultipleInheritance(symbols: Symbols, def: ClassDef): boolean {
  let found = cache.get(symbols);
  if (!found) {
    const classes = new Set<ClassDef>();
    const add = (cls: ClassDef): void => {
      if (classes.has(cls)) return;
      classes.add(cls);
      const scope = symbols.scopes.scopeOf(cls).parent ?? symbols.scopes.module;
      for (const base of cls.bases) {
        const symbol = symbols.resolve(base, scope);
        if (symbol.kind === "class") add(symbol.def);
      }
    };
    walk(symbols.scopes.module.node, (node) => {
      if (node.kind === "ClassDef" && node.bases.length > 1) add(node);
    });
    found = classes;
    cache.set(symbols, found);
  }
  return found.has(def);
}
