// collections.namedtuple: builds a PyTuple subclass with one read-only accessor per field,
// checking names and binding arguments as CPython's generated __new__ does.
import { AttributeError, PyTuple, PyDict, TypeError, ValueError, repr, iter, splitKwargs, strRepr } from "../builtins/index.js";
import { bind, nameClass } from "./bind.js";

const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
  "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
  "pass", "raise", "return", "try", "while", "with", "yield",
]);

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

function fieldList(fieldNames: unknown): string[] {
  if (typeof fieldNames === "string") return fieldNames.replaceAll(",", " ").split(/\s+/).filter((s) => s !== "");
  return [...iter(fieldNames)].map((x) => {
    if (typeof x !== "string") throw new TypeError("Type names and field names must be strings");
    return x;
  });
}

function checkNames(typename: string, fields: string[], rename: boolean): string[] {
  const seen = new Set<string>();
  if (rename) {
    fields = fields.map((name, i) => {
      const bad = !IDENTIFIER.test(name) || KEYWORDS.has(name) || name.startsWith("_") || seen.has(name);
      seen.add(name);
      return bad ? `_${i}` : name;
    });
    seen.clear();
  }
  for (const name of [typename, ...fields]) {
    if (!IDENTIFIER.test(name)) throw new ValueError(`Type names and field names must be valid identifiers: ${strRepr(name)}`);
    if (KEYWORDS.has(name)) throw new ValueError(`Type names and field names cannot be a keyword: ${strRepr(name)}`);
  }
  for (const name of fields) {
    if (name.startsWith("_") && !rename) throw new ValueError(`Field names cannot start with an underscore: ${strRepr(name)}`);
    if (seen.has(name)) throw new ValueError(`Encountered duplicate field name: ${strRepr(name)}`);
    seen.add(name);
  }
  return fields;
}

export interface NamedTupleClass {
  new (...args: unknown[]): PyTuple;
  readonly _fields: PyTuple<string>;
  readonly _field_defaults: PyDict;
  _make(iterable: unknown): PyTuple;
}

export function namedtuple(...args: unknown[]): NamedTupleClass {
  const [typenameArg, fieldNames, rename, defaults, module] = bind("namedtuple(typename, field_names, *, rename=, defaults=, module=)", args);
  if (typeof typenameArg !== "string") throw new TypeError("Type names and field names must be strings");
  const typename = typenameArg;
  const fields = checkNames(typename, fieldList(fieldNames), rename === true);
  const defaultValues = defaults === undefined || defaults === null ? [] : [...iter(defaults)];
  if (defaultValues.length > fields.length) throw new TypeError("Got more default values than field names");
  const firstDefault = fields.length - defaultValues.length;
  const signature = `${typename}.__new__(_cls, ${fields.map((f, i) => (i >= firstDefault ? `${f}=` : f)).join(", ")})`;
  const fieldDefaults = new PyDict(fields.slice(firstDefault).map((f, i) => [f, defaultValues[i]] as const));

  const cls = class extends PyTuple {
    static readonly _fields = PyTuple.fromIterable(fields);
    static readonly _field_defaults = fieldDefaults;

    constructor(...values: unknown[]) {
      super();
      const bound = bind(signature, [null, ...values]).slice(1);
      bound.forEach((v, i) => Array.prototype.push.call(this, v === undefined ? defaultValues[i - firstDefault] : v));
      Object.freeze(this);
    }

    static _make(iterable: unknown): PyTuple {
      const values = [...iter(iterable)];
      if (values.length !== fields.length) throw new TypeError(`Expected ${fields.length} arguments, got ${values.length}`);
      return new cls(...values);
    }

    _replace(...rest: unknown[]): PyTuple {
      const [positional, keywords] = splitKwargs(rest);
      if (positional.length > 0) throw new TypeError(`${typename}._replace() takes 1 positional argument but ${positional.length + 1} were given`);
      const values = fields.map((f, i) => (Object.hasOwn(keywords, f) ? keywords[f] : this[i]));
      const unknown = Object.keys(keywords).filter((k) => !fields.includes(k));
      if (unknown.length > 0) throw new ValueError(`Got unexpected field names: ${repr(unknown)}`);
      return new cls(...values);
    }

    _asdict(): PyDict {
      return new PyDict(fields.map((f, i) => [f, this[i]] as const));
    }

    __getnewargs__(): PyTuple {
      return PyTuple.fromIterable(this);
    }

    __repr__(): string {
      return `${typename}(${fields.map((f, i) => `${f}=${repr(this[i])}`).join(", ")})`;
    }

    // str() checks __str__ before the tuple case; repr() of a tuple subclass does not look for
    // __repr__ yet (see the report on builtins/repr.ts), so print() goes through here.
    __str__(): string {
      return this.__repr__();
    }
  };
  fields.forEach((f, i) => {
    Object.defineProperty(cls.prototype, f, {
      get(this: PyTuple) { return this[i]; },
      set() { throw new AttributeError("can't set attribute"); },
      enumerable: false,
      configurable: true,
    });
  });
  Object.defineProperty(cls.prototype, "_fields", { value: cls._fields });
  nameClass(cls, typename, typeof module === "string" ? module : "__main__");
  return cls as unknown as NamedTupleClass;
}
