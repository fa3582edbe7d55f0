// class C(Base): … → export class C extends Base { … }. A class without a base extends the
// runtime's PyObject, whose constructor calls `this.__init__(...args)`, so `__init__` stays a
// method and `super().__init__()` may come anywhere in it, as in Python. Class attributes are
// statics that instances read through prototype accessors (`classAttributes`), so assigning
// `self.attr` shadows the class attribute instead of changing it, as in Python.

import type { ClassDef, Expr, FunctionDef, Keyword } from "../ast/nodes.js";
import type { MethodKind } from "../analyze/classes.js";
import { decoratorKind, selfName } from "../analyze/classes.js";
import type { LowerContext } from "./context.js";
import type { ClassMember, TsExpr, TsStmt, TsType } from "./ir.js";
import { lowerExpr } from "./expressions.js";
import { defineFunctionCall, lowerCallable, signatureText } from "./functions.js";
import { referenceSymbol } from "./references.js";
import { lowerBodyBlock, namespaceNames, needsBodyBlock } from "./class-body.js";

const ANY: TsType = { kind: "TypeRef", name: "any" };

/** The JS base of a class: a user class, a builtin exception, a runtime class, or PyObject. */
function lowerBase(ctx: LowerContext, def: ClassDef): TsExpr | null {
  if (def.keywords.length > 0) {
    ctx.unsupported(def.keywords[0]!, "class keywords (metaclass=…)");
    return null;
  }
  if (def.bases.length > 1) {
    // class D(B, C) → class D extends multipleBases(B, C): the runtime lays the bases out in
    // MRO order (or raises CPython's TypeError for an inconsistent one).
    const bases = def.bases.map((base) => lowerOneBase(ctx, base));
    return bases.every((base) => base !== null) ? ctx.callHelper("multipleBases", ...bases) : null;
  }
  const base: Expr | undefined = def.bases[0];
  if (!base) return ctx.helper("PyObject");
  if (isNamedTupleClass(ctx, def)) {
    // class P(NamedTuple): x: int; y: int = 0 → class P extends namedTupleBase("P", ["x", "y"], [0])
    const fields = namedTupleFields(def);
    const names: TsExpr = { kind: "ArrayLit", elements: fields.map((field) => ({ kind: "Str", value: field.name })) };
    const defaults: TsExpr = { kind: "ArrayLit", elements: fields.flatMap((field) => (field.value ? [lowerExpr(ctx, field.value)] : [])) };
    const helper = ctx.imports.named_("@py2ts/runtime/typing", "namedTupleBase");
    return { kind: "Call", callee: { kind: "Id", name: helper }, args: [{ kind: "Str", value: def.name }, names, defaults] };
  }
  return lowerOneBase(ctx, base);
}

/** Whether the class derives (directly) from typing.NamedTuple. */
function isNamedTupleClass(ctx: LowerContext, def: ClassDef): boolean {
  if (def.bases.length !== 1) return false;
  const symbol = ctx.symbols.resolve(def.bases[0]!, ctx.scope);
  return symbol.kind === "library" && symbol.module === "typing" && symbol.name === "NamedTuple";
}

/** The annotated names of a NamedTuple class body, in order, with their defaults. */
function namedTupleFields(def: ClassDef): { name: string; value: Expr | null }[] {
  return def.body.flatMap((stmt) => (stmt.kind === "AnnAssign" && stmt.target.kind === "Name" ? [{ name: stmt.target.id, value: stmt.value }] : []));
}

function lowerOneBase(ctx: LowerContext, base: Expr): TsExpr | null {
  const symbol = ctx.symbols.resolve(base, ctx.scope);
  if (symbol.kind === "builtin" && symbol.name === "object") return ctx.helper("PyObject");
  if (symbol.kind === "class" || (symbol.kind === "builtin" && symbol.builtin === "exception")) return referenceSymbol(ctx, symbol, base);
  if (symbol.kind === "library" && (symbol.member.kind === "class" || symbol.member.kind === "exception")) return referenceSymbol(ctx, symbol, base);
  ctx.unsupported(base, "this base class");
  return null;
}

/** Whether a user base class also defines `name`: the override is typed to return `any`, so
 *  TS accepts it whatever each version returns (Python does not check). */
function overridesBase(ctx: LowerContext, def: ClassDef, name: string): boolean {
  return ctx.symbols.classChain(def).chain.slice(1).some((facts) => facts.methods.has(name));
}

function lowerMethod(
  ctx: LowerContext,
  def: FunctionDef,
  className: string,
  kind: MethodKind,
  override: boolean,
): { member: ClassMember; before: TsStmt[] } | null {
  const self = selfName(def, kind);
  if (kind !== "staticmethod" && self === null) {
    ctx.unsupported(def, "a method without a `self` parameter");
    return null;
  }
  const lowered = lowerCallable(ctx, def, `${className}_${def.name}`, { thisParam: self ?? undefined });
  if (!lowered) return null;
  if ((kind === "property" || kind === "setter") && lowered.async) {
    ctx.unsupported(def, "a property that blocks");
    return null;
  }
  return {
    before: lowered.before,
    member: {
      kind: "Method",
      name: def.name,
      params: override ? lowered.params.map((param) => ({ ...param, optional: true })) : lowered.params,
      body: lowered.body,
      async: lowered.async,
      generator: lowered.generator,
      static: kind === "staticmethod" || kind === "classmethod",
      accessor: kind === "property" ? "get" : kind === "setter" ? "set" : undefined,
      doc: def.docstring ?? undefined,
      returnType: override && kind !== "setter" ? (lowered.async ? { kind: "TypeRef", name: "Promise", args: [ANY] } : ANY) : kind === "setter" ? undefined : lowered.returnType,
    },
  };
}

// @balance.deleter def balance(self): body  →
//   propertyDeleter(Account, "balance", function (this: any) { body })
// JS accessors have no delete trap: the runtime's delattr finds the deleter by class and name.
function lowerDeleter(ctx: LowerContext, def: FunctionDef, className: string): TsStmt[] {
  const self = selfName(def, "deleter");
  if (self === null) return ctx.unsupportedStmt(def, "a method without a `self` parameter");
  const lowered = lowerCallable(ctx, def, `${className}_${def.name}`, { thisParam: self });
  if (!lowered) return [];
  if (lowered.async) return ctx.unsupportedStmt(def, "a property that blocks");
  const fn: TsExpr = { kind: "FunctionExpr", params: [{ name: "this", type: ANY }], body: lowered.body, async: false, generator: lowered.generator };
  return [...lowered.before, { kind: "ExprStmt", expr: ctx.callHelper("propertyDeleter", { kind: "Id", name: className }, { kind: "Str", value: def.name }, fn) }];
}

/** `@dataclass` / `@dataclass(order=True)`: its keyword options, or null for another decorator. */
function dataclassOptions(ctx: LowerContext, decorator: Expr): Keyword[] | null {
  const target = decorator.kind === "Call" ? decorator.func : decorator;
  const symbol = ctx.symbols.resolve(target, ctx.scope);
  if (symbol.kind !== "library" || symbol.module !== "dataclasses" || symbol.name !== "dataclass") return null;
  if (decorator.kind === "Call" && decorator.args.length > 0) return null;
  return decorator.kind === "Call" ? [...decorator.keywords] : [];
}

/** Whether the class derives (directly) from enum.Enum. */
function isEnumClass(ctx: LowerContext, def: ClassDef): boolean {
  const base = def.bases[0];
  if (!base) return false;
  const symbol = ctx.symbols.resolve(base, ctx.scope);
  return symbol.kind === "library" && symbol.module === "enum" && symbol.name === "Enum";
}

/** The statements after a class that finish it as its decorators and bases require:
 *  `applyDataclass(C, [["x"], ["y", 0]], kw({ order: true }))`, `enumMembers(Color, ["RED"])`,
 *  `abstractMethods(Shape, ["area"])`. */
function finishClass(ctx: LowerContext, def: ClassDef, name: string, dataclass: Keyword[] | null): TsStmt[] {
  const id: TsExpr = { kind: "Id", name };
  const after: TsStmt[] = [];
  if (dataclass) {
    const fields: TsExpr[] = def.body.flatMap((stmt): TsExpr[] => {
      if (stmt.kind !== "AnnAssign" || stmt.target.kind !== "Name" || isClassVar(stmt.annotation)) return [];
      const parts: TsExpr[] = [{ kind: "Str", value: stmt.target.id }];
      if (stmt.value) parts.push(lowerExpr(ctx, stmt.value));
      return [{ kind: "ArrayLit", elements: parts }];
    });
    const args: TsExpr[] = [id, { kind: "ArrayLit", elements: fields }];
    if (dataclass.length > 0) args.push(ctx.callHelper("kw", { kind: "ObjectLit", props: dataclass.map((keyword) => ({ key: keyword.arg!, value: lowerExpr(ctx, keyword.value) })) }));
    after.push({ kind: "ExprStmt", expr: { kind: "Call", callee: { kind: "Id", name: ctx.imports.named_("@py2ts/runtime/dataclasses", "applyDataclass") }, args } });
  }
  if (isEnumClass(ctx, def)) {
    const members = def.body.flatMap((stmt) => (stmt.kind === "Assign" && stmt.targets.length === 1 && stmt.targets[0]!.kind === "Name" ? [stmt.targets[0]!.id] : []));
    after.push({
      kind: "ExprStmt",
      expr: { kind: "Call", callee: { kind: "Id", name: ctx.imports.named_("@py2ts/runtime/enum", "enumMembers") }, args: [id, { kind: "ArrayLit", elements: members.map((member): TsExpr => ({ kind: "Str", value: member })) }] },
    });
  }
  const abstract = def.body.flatMap((stmt) => (stmt.kind === "FunctionDef" && decoratorKind(stmt) === "abstract" ? [stmt.name] : []));
  if (abstract.length > 0) {
    after.push({
      kind: "ExprStmt",
      expr: { kind: "Call", callee: { kind: "Id", name: ctx.imports.named_("@py2ts/runtime/abc", "abstractMethods") }, args: [id, { kind: "ArrayLit", elements: abstract.map((method): TsExpr => ({ kind: "Str", value: method })) }] },
    });
  }
  return after;
}

function isClassVar(annotation: Expr): boolean {
  const head = annotation.kind === "Subscript" ? annotation.value : annotation;
  return (head.kind === "Name" && head.id === "ClassVar") || (head.kind === "Attribute" && head.attr === "ClassVar");
}

/** `Outer.Inner` for a class defined in a class body (CPython's `__qualname__`), else null:
 *  a top-level class's qualname is its name. */
function nestedQualname(ctx: LowerContext, def: ClassDef): string | null {
  let scope = ctx.symbols.scopes.scopeOf(def).parent;
  if (scope?.kind !== "class") return null;
  const parts = [def.name];
  for (; scope && scope.kind !== "module"; scope = scope.parent) {
    const node = scope.node;
    if (node.kind === "ClassDef") parts.unshift(node.name);
    else if (node.kind === "FunctionDef") parts.unshift(`${node.name}.<locals>`);
    else return null;
  }
  return parts.join(".");
}

export function lowerClassDef(ctx: LowerContext, def: ClassDef, options: { exported: boolean }): TsStmt[] {
  let dataclass: Keyword[] | null = null;
  for (const decorator of def.decoratorList) {
    const found = dataclassOptions(ctx, decorator);
    if (!found || def.decoratorList.length > 1) return ctx.unsupportedStmt(decorator, "this class decorator (only @dataclass is converted)");
    dataclass = found;
  }
  const name = ctx.names.user(def.name);
  const base = lowerBase(ctx, def);
  const facts = ctx.symbols.classFacts(def);
  const members: ClassMember[] = [];
  const before: TsStmt[] = [];
  const after: TsStmt[] = [];
  const classAttributes: string[] = [];
  const namedTuple = isNamedTupleClass(ctx, def);

  for (const id of [...facts.instanceAttributes].sort()) {
    if (!facts.methods.has(id)) members.push({ kind: "Field", name: id, static: false, declare: true, type: ANY });
  }
  // The docstring is the class's __doc__ (None otherwise, see the runtime's getattr).
  if (def.docstring !== null) members.push({ kind: "Field", name: "__doc__", static: true, declare: false, type: ANY, init: { kind: "Str", value: def.docstring } });
  const qualname = nestedQualname(ctx, def);
  if (qualname !== null) members.push({ kind: "Field", name: "__qualname__", static: true, declare: false, type: ANY, init: { kind: "Str", value: qualname } });
  const block = needsBodyBlock(ctx, def);
  // applyDataclass re-reads the field defaults after the class, outside the body's scope.
  if (block && dataclass) return ctx.unsupportedStmt(def, "a dataclass whose body holds statements other than fields and methods");
  if (block) {
    // The body's statements run in a static block (class-body.ts); its names are declared here.
    for (const id of namespaceNames(ctx.symbols.scopes.scopeOf(def))) {
      members.push({ kind: "Field", name: id, static: true, declare: true, type: ANY });
      if (!facts.instanceAttributes.has(id) && !facts.methods.has(id)) members.push({ kind: "Field", name: id, static: false, declare: true, type: ANY });
      classAttributes.push(id);
    }
  }
  for (const stmt of def.body) {
    if (block && stmt.kind !== "FunctionDef") continue;
    switch (stmt.kind) {
      case "FunctionDef": {
        const kind = decoratorKind(stmt);
        if (kind === "unsupported") {
          ctx.unsupported(stmt.decoratorList[0] ?? stmt, "this method decorator");
          continue;
        }
        if (stmt.name === "__init__" && ctx.blocking.isAsync(stmt)) {
          ctx.unsupported(stmt, "an `__init__` that blocks");
          continue;
        }
        if (kind === "deleter") {
          after.push(...lowerDeleter(ctx, stmt, name));
          continue;
        }
        const method = lowerMethod(ctx, stmt, name, kind, overridesBase(ctx, def, stmt.name));
        if (!method) continue;
        before.push(...method.before);
        members.push(method.member);
        const hasParams = stmt.args.args.length + stmt.args.posonlyargs.length > (kind === "staticmethod" ? 0 : 1) || stmt.args.vararg || stmt.args.kwonlyargs.length > 0 || stmt.args.kwarg;
        if ((hasParams || stmt.docstring !== null) && (kind === "method" || kind === "staticmethod" || kind === "classmethod")) {
          // Keyword arguments reaching the method at run time (callMethod, new C(kw(…))) bind
          // through this, calls with the wrong arguments raise CPython's TypeError, and the
          // docstring is its __doc__.
          const owner: TsExpr = kind === "method" ? { kind: "Member", object: { kind: "Id", name }, name: "prototype" } : { kind: "Id", name };
          const text = signatureText(`${def.name}.${stmt.name}`, stmt.args, { skipFirst: kind !== "staticmethod" });
          after.push({ kind: "ExprStmt", expr: defineFunctionCall(ctx, { kind: "Member", object: owner, name: stmt.name }, text, { doc: stmt.docstring, static: kind === "staticmethod" }) });
        }
        break;
      }
      case "Assign":
      case "AnnAssign": {
        if (namedTuple && stmt.kind === "AnnAssign" && stmt.target.kind === "Name") continue; // a field, read through the tuple
        const targets = stmt.kind === "Assign" ? stmt.targets : [stmt.target];
        const value = stmt.value;
        if (targets.length !== 1 || targets[0]!.kind !== "Name" || !value) {
          if (value) ctx.unsupported(stmt, "this class-level assignment");
          continue;
        }
        const id = targets[0].id;
        // Instances read class attributes too (through prototype accessors): declare both sides.
        members.push({ kind: "Field", name: id, static: true, declare: false, type: ANY, init: lowerExpr(ctx, value) });
        if (!facts.instanceAttributes.has(id)) members.push({ kind: "Field", name: id, static: false, declare: true, type: ANY });
        classAttributes.push(id);
        break;
      }
      case "ExprStmt":
        if (stmt.value.kind === "Constant" && stmt.value.value.type === "str") continue; // the docstring
        ctx.unsupported(stmt, "a statement in a class body");
        break;
      case "Pass":
        break;
      default:
        ctx.unsupported(stmt, "this statement in a class body");
    }
  }
  for (const member of [...members]) {
    // A property without a setter: assigning it is CPython's AttributeError, not JS's TypeError.
    if (member.kind !== "Method" || member.accessor !== "get" || members.some((other) => other.kind === "Method" && other.accessor === "set" && other.name === member.name)) continue;
    const raise: TsStmt = { kind: "ExprStmt", expr: ctx.callHelper("readOnlyProperty", { kind: "Id", name: "this" }, { kind: "Str", value: member.name }) };
    members.push({ kind: "Method", name: member.name, params: [{ name: "_value", type: ANY }], body: [raise], async: false, generator: false, static: false, accessor: "set" });
  }
  if (block) members.push(lowerBodyBlock(ctx, def, name));
  if (classAttributes.includes("name") && !classAttributes.includes("__name__")) {
    // A class attribute `name` replaces JS's Function.name: the Python name is kept apart.
    members.unshift({ kind: "Field", name: "__name__", static: true, declare: false, type: ANY, init: { kind: "Str", value: def.name } });
  }
  const inherited = ["name", "length"].filter((id) => !classAttributes.includes(id) && ctx.symbols.classChain(def).chain.slice(1).some((facts) => facts.classAttributes.has(id)));
  if (inherited.length > 0) {
    // A base's class attribute `name`/`length` is hidden by this class's own Function.name/length.
    after.push({ kind: "ExprStmt", expr: ctx.callHelper("inheritClassAttributes", { kind: "Id", name }, { kind: "ArrayLit", elements: inherited.map((id) => ({ kind: "Str", value: id })) }) });
  }
  if (classAttributes.length > 0) {
    after.unshift({
      kind: "ExprStmt",
      expr: ctx.callHelper("classAttributes", { kind: "Id", name }, { kind: "ArrayLit", elements: classAttributes.map((id) => ({ kind: "Str", value: id })) }),
    });
  }
  for (const stmt of def.body) {
    // Annotated names without a value (dataclass fields, declared attributes) are instance attributes.
    if (stmt.kind === "AnnAssign" && (!stmt.value || namedTuple) && stmt.target.kind === "Name" && !members.some((m) => m.kind === "Field" && !m.static && m.name === (stmt.target as { id: string }).id)) {
      members.push({ kind: "Field", name: stmt.target.id, static: false, declare: true, type: ANY });
    }
  }
  const cls: TsStmt = { kind: "Class", name, extends: base, members, exported: options.exported, doc: def.docstring ?? undefined };
  return [...before, cls, ...after, ...finishClass(ctx, def, name, dataclass)];
}
