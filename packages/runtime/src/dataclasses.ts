// dataclasses, as CPython 3.11's @dataclass builds them: __init__ (with keyword binding and
// CPython's messages), __repr__, __eq__, ordering, frozen fields, __hash__, __match_args__.
// Generated code applies it after the class: `applyDataclass(P, [["x"], ["y", 0]], kw({order: true}))`,
// passing the annotated fields of the class body (TS keeps no annotations at run time).

import { bindArguments, defineFunction, Kwargs, kw, splitKwargs, type Param } from "./builtins/call.js";
import { AttributeError, TypeError, ValueError } from "./builtins/exceptions.js";
import { typeName } from "./builtins/typename.js";
import { typeOf } from "./builtins/types.js";
import { NotImplemented, eq, lt } from "./builtins/compare.js";
import { PyDict } from "./builtins/dict.js";
import { pyHash } from "./builtins/hash.js";
import { repr } from "./builtins/repr.js";
import { PyTuple } from "./builtins/tuple.js";
import { pyClassName } from "./builtins/classname.js";
import { callFunction } from "./builtins/call.js";

/** Whether `value`'s type has `__hash__ = None`: the builtin mutable containers, or a class
 *  that defines `__eq__` without `__hash__`. */
function hasUnhashableType(value: unknown): boolean {
  if (["list", "dict", "set", "bytearray"].includes(typeName(value))) return true;
  if (value === null || typeof value !== "object") return false;
  const hash = (value as { __hash__?: unknown }).__hash__;
  return hash === null || (hash === undefined && typeof (value as { __eq__?: unknown }).__eq__ === "function");
}

export const MISSING: unique symbol = Symbol.for("dataclasses.MISSING");

export class Field {
  name = "";
  constructor(
    readonly default_: unknown,
    readonly default_factory: unknown,
    readonly init: boolean,
    readonly repr: boolean,
    readonly compare: boolean,
  ) {}
  __repr__(): string {
    return `Field(name=${repr(this.name)})`;
  }
}

export class FrozenInstanceError extends AttributeError {}

/** dataclasses.field(*, default, default_factory, init, repr, hash, compare, metadata, kw_only) */
export function field(...args: unknown[]): Field {
  const [positional, keywords] = splitKwargs(args);
  if (positional.length > 0) throw new TypeError(`field() takes 0 positional arguments but ${positional.length} were given`);
  if ("default" in keywords && "default_factory" in keywords) throw new globalThis.Error("cannot specify both default and default_factory");
  return new Field(
    "default" in keywords ? keywords.default : MISSING,
    "default_factory" in keywords ? keywords.default_factory : MISSING,
    keywords.init !== false,
    keywords.repr !== false,
    keywords.compare !== false,
  );
}

type FieldSpec = readonly [name: string, value?: unknown];
type Cls = (new (...args: unknown[]) => object) & Record<string | symbol, unknown> & { prototype: Record<string | symbol, unknown> };

const STORAGE = Symbol("dataclass fields");

function fieldsOf(cls: Cls): Field[] {
  const own = cls.__dataclass_fields__ as PyDict | undefined;
  return own ? ([...own.values()] as Field[]) : [];
}

/** The class decorator. `options` are @dataclass's keywords (init, repr, eq, order, frozen, unsafe_hash, match_args). */
export function applyDataclass(target: Function, specs: readonly FieldSpec[], options?: Kwargs): Function {
  const cls = target as Cls;
  const opts: Record<string, unknown> = options ? options.record : {};
  const want = (name: string, fallback: boolean) => (name in opts ? opts[name] === true : fallback);
  const base = Object.getPrototypeOf(cls) as Cls;
  const inherited = typeof base === "function" && base.__dataclass_fields__ ? fieldsOf(base) : [];
  const fields = new Map<string, Field>(inherited.map((f) => [f.name, f]));
  for (const [name, value] of specs) {
    const f = value instanceof Field ? value : new Field(value === undefined ? MISSING : value, MISSING, true, true, true);
    f.name = name;
    if (f.default_ !== MISSING && hasUnhashableType(f.default_)) {
      // CPython rejects a default whose type sets __hash__ = None (list, dict, set, …).
      throw new ValueError(`mutable default ${repr(typeOf(f.default_))} for field ${name} is not allowed: use default_factory`);
    }
    fields.set(name, f);
    if (f.default_ !== MISSING) cls[name] = f.default_;
    else if (value instanceof Field) delete cls[name];
  }
  const all = [...fields.values()];
  const initFields = all.filter((f) => f.init);
  let seenDefault = false;
  for (const f of initFields) {
    const hasDefault = f.default_ !== MISSING || f.default_factory !== MISSING;
    if (!hasDefault && seenDefault) throw new TypeError(`non-default argument '${f.name}' follows default argument`);
    seenDefault ||= hasDefault;
  }
  const qualname = pyClassName(cls);
  const frozen = want("frozen", false);
  cls.__dataclass_fields__ = new PyDict(all.map((f) => [f.name, f]));
  const proto = cls.prototype;

  if (want("init", true)) {
    const params: Param[] = initFields.map((f) => ({ name: f.name, kind: "positional", hasDefault: f.default_ !== MISSING || f.default_factory !== MISSING }));
    const signature = { name: `${qualname}.__init__`, params };
    const init = function (this: Record<string | symbol, unknown>, ...args: unknown[]): void {
      const bound = args.length === initFields.length && !args.some((a) => a instanceof Kwargs) ? args : bindArguments(signature, args);
      const store: Record<string, unknown> = frozen ? ((this[STORAGE] as Record<string, unknown>) ??= {}) : (this as Record<string, unknown>);
      initFields.forEach((f, index) => {
        let value = bound[index];
        if (value === undefined) value = f.default_factory !== MISSING ? callFunction(f.default_factory, []) : f.default_;
        store[f.name] = value;
      });
      for (const f of all) if (!f.init && f.default_factory !== MISSING) store[f.name] = callFunction(f.default_factory, []);
      const post = this.__post_init__;
      if (typeof post === "function") post.call(this);
    };
    proto.__init__ = defineFunction(init, signature);
  }
  if (frozen) {
    for (const f of all) {
      Object.defineProperty(proto, f.name, {
        configurable: true,
        get(this: Record<symbol, Record<string, unknown>>) {
          return this[STORAGE]?.[f.name];
        },
        set() {
          throw new FrozenInstanceError(`cannot assign to field '${f.name}'`);
        },
      });
    }
  }
  const values = (self: unknown, which: Field[]) => PyTuple.of(...which.map((f) => (self as Record<string, unknown>)[f.name]));
  if (want("repr", true) && !Object.prototype.hasOwnProperty.call(proto, "__repr__")) {
    proto.__repr__ = function (this: unknown) {
      return `${qualname}(${all.filter((f) => f.repr).map((f) => `${f.name}=${repr((this as Record<string, unknown>)[f.name])}`).join(", ")})`;
    };
  }
  const compared = all.filter((f) => f.compare);
  if (want("eq", true) && !Object.prototype.hasOwnProperty.call(proto, "__eq__")) {
    proto.__eq__ = function (this: object, other: unknown) {
      if (other === null || typeof other !== "object" || other.constructor !== this.constructor) return NotImplemented;
      return eq(values(this, compared), values(other, compared));
    };
  }
  if (want("order", false)) {
    const order = (test: (a: PyTuple, b: PyTuple) => boolean) =>
      function (this: object, other: unknown) {
        if (other === null || typeof other !== "object" || other.constructor !== this.constructor) return NotImplemented;
        return test(values(this, compared), values(other, compared));
      };
    proto.__lt__ = order((a, b) => lt(a, b) === true);
    proto.__le__ = order((a, b) => lt(a, b) === true || eq(a, b) === true);
    proto.__gt__ = order((a, b) => lt(b, a) === true);
    proto.__ge__ = order((a, b) => lt(b, a) === true || eq(a, b) === true);
  }
  if (want("eq", true) && (frozen || want("unsafe_hash", false))) {
    proto.__hash__ = function (this: unknown) {
      return pyHash(values(this, compared));
    };
  }
  if (want("match_args", true)) cls.__match_args__ = PyTuple.of(...initFields.map((f) => f.name));
  return cls;
}

/** Only the generated form is supported: @dataclass on a class the transpiler converts. */
export function dataclass(..._args: unknown[]): never {
  throw new TypeError("dataclass() is applied by py2ts at the class definition; calling it directly is not supported");
}

export function fields(instance: unknown): PyTuple {
  const cls = (typeof instance === "function" ? instance : (instance as object).constructor) as Cls;
  if (!cls.__dataclass_fields__) throw new TypeError("must be called with a dataclass type or instance");
  return PyTuple.of(...fieldsOf(cls));
}

function isDataclassInstance(x: unknown): x is object {
  return x !== null && typeof x === "object" && typeof x.constructor === "function" && (x.constructor as Cls).__dataclass_fields__ !== undefined;
}

function convert(value: unknown, asTuple: boolean): unknown {
  if (isDataclassInstance(value)) {
    const entries = fieldsOf(value.constructor as Cls).map((f) => [f.name, convert((value as Record<string, unknown>)[f.name], asTuple)] as const);
    return asTuple ? PyTuple.of(...entries.map(([, v]) => v)) : new PyDict(entries);
  }
  if (value instanceof PyTuple) return PyTuple.of(...value.map((v) => convert(v, asTuple)));
  if (Array.isArray(value)) return value.map((v) => convert(v, asTuple));
  if (value instanceof PyDict) return new PyDict([...(value.items() as Iterable<[unknown, unknown]>)].map(([k, v]) => [convert(k, asTuple), convert(v, asTuple)]));
  return value;
}

export function asdict(instance: unknown): PyDict {
  if (!isDataclassInstance(instance)) throw new TypeError("asdict() should be called on dataclass instances");
  return convert(instance, false) as PyDict;
}

export function astuple(instance: unknown): PyTuple {
  if (!isDataclassInstance(instance)) throw new TypeError("astuple() should be called on dataclass instances");
  return convert(instance, true) as PyTuple;
}

/** dataclasses.replace(obj, **changes) */
export function replace(instance: unknown, ...args: unknown[]): unknown {
  const [, changes] = splitKwargs(args);
  const cls = (instance as object).constructor as Cls;
  const current = Object.fromEntries(fieldsOf(cls).filter((f) => f.init).map((f) => [f.name, (instance as Record<string, unknown>)[f.name]]));
  return new cls(kw({ ...current, ...changes }));
}
