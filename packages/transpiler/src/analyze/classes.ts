// Facts about user classes: their methods (with decorators), class attributes, the instance
// attributes their methods assign through `self`, and the user base classes in this module.
// Lowering accesses an attribute directly only when it is one of these; anything else goes
// through the runtime's getattr, which raises AttributeError as CPython does.

import type { ClassDef, Expr, FunctionDef } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";

export type MethodKind = "method" | "staticmethod" | "classmethod" | "property" | "setter" | "deleter" | "abstract";

export interface MethodFacts {
  readonly def: FunctionDef;
  readonly kind: MethodKind;
}

export interface ClassFacts {
  readonly def: ClassDef;
  readonly methods: ReadonlyMap<string, MethodFacts[]>;
  readonly classAttributes: ReadonlySet<string>;
  readonly instanceAttributes: ReadonlySet<string>;
}

function decoratorKind(def: FunctionDef): MethodKind | "unsupported" {
  if (def.decoratorList.length === 0) return "method";
  if (def.decoratorList.length > 1) return "unsupported";
  const decorator = def.decoratorList[0]!;
  if (decorator.kind === "Name") {
    if (decorator.id === "staticmethod") return "staticmethod";
    if (decorator.id === "classmethod") return "classmethod";
    if (decorator.id === "property") return "property";
    if (decorator.id === "abstractmethod") return "abstract";
  }
  if (decorator.kind === "Attribute" && decorator.attr === "abstractmethod") return "abstract";
  if (decorator.kind === "Attribute" && decorator.attr === "setter") return "setter";
  if (decorator.kind === "Attribute" && decorator.attr === "deleter") return "deleter";
  return "unsupported";
}

export { decoratorKind };

/** The name a method calls its instance (`self`), if it takes one. */
export function selfName(def: FunctionDef, kind: MethodKind): string | null {
  if (kind === "staticmethod") return null;
  const first = def.args.posonlyargs[0] ?? def.args.args[0];
  return first ? first.arg : null;
}

export function classFacts(def: ClassDef): ClassFacts {
  const methods = new Map<string, MethodFacts[]>();
  const classAttributes = new Set<string>();
  const instanceAttributes = new Set<string>();
  for (const stmt of def.body) {
    if (stmt.kind === "FunctionDef") {
      const kind = decoratorKind(stmt);
      const list = methods.get(stmt.name) ?? [];
      list.push({ def: stmt, kind: kind === "unsupported" ? "method" : kind });
      methods.set(stmt.name, list);
      const self = selfName(stmt, kind === "unsupported" ? "method" : kind);
      if (self) {
        walk(stmt, (node) => {
          const targets: Expr[] =
            node.kind === "Assign" ? [...node.targets] : node.kind === "AugAssign" || node.kind === "AnnAssign" ? [node.target] : [];
          for (const target of targets) {
            if (target.kind === "Attribute" && target.value.kind === "Name" && target.value.id === self) instanceAttributes.add(target.attr);
          }
        });
      }
    } else if (stmt.kind === "AnnAssign" && stmt.target.kind === "Name") {
      classAttributes.add(stmt.target.id);
    } else {
      // Any other statement binds class attributes with its targets (`x = …`, a `for` target,
      // a nested class, an import), never with names local to a nested scope.
      walk(stmt, (node) => {
        if (node.kind === "ClassDef") {
          classAttributes.add(node.name);
          return false;
        }
        if (node.kind === "FunctionDef" || node.kind === "Lambda" || node.kind === "ListComp" || node.kind === "SetComp" || node.kind === "DictComp" || node.kind === "GeneratorExp") return false;
        if (node.kind === "Name" && node.ctx === "Store") classAttributes.add(node.id);
        if (node.kind === "Import" || node.kind === "ImportFrom") for (const alias of node.names) classAttributes.add(alias.asname ?? alias.name.split(".")[0]!);
        return;
      });
    }
  }
  return { def, methods, classAttributes, instanceAttributes };
}

/** Whether instances of the class (looking through `bases`, nearest first) are known to have
 *  the attribute, so that a direct property access is exact. */
export function hasKnownAttribute(chain: readonly ClassFacts[], name: string): boolean {
  return chain.some((facts) => facts.methods.has(name) || facts.classAttributes.has(name) || facts.instanceAttributes.has(name));
}
