// enum.Enum: `class Color(Enum): RED = 1` becomes a class whose static attributes are turned
// into singleton members by `enumMembers(Color, ["RED", …])`, which generated code calls right
// after the class. Color(1) and Color["RED"] find members; iterating the class yields them.

import { PyObject } from "./builtins/types.js";
import { ValueError, KeyError } from "./builtins/exceptions.js";
import { repr, str } from "./builtins/repr.js";
import { eq } from "./builtins/compare.js";
import { pyClassName } from "./builtins/classname.js";

const AUTO = Symbol("enum.auto");

export class auto {
  readonly [AUTO] = true;
}

type EnumClass = typeof Enum & Record<string | symbol, unknown>;

interface Registry {
  readonly members: Enum[];
  readonly byName: Map<string, Enum>;
}

const registries = new WeakMap<Function, Registry>();

export class Enum extends PyObject {
  declare _name_: string;
  declare _value_: unknown;

  /** Color(1): the member with that value (Enum's __new__ lookup), never a new object. */
  constructor(...args: unknown[]) {
    const registry = registries.get(new.target);
    if (registry) {
      const value = args[0];
      const found = registry.members.find((member) => eq(member._value_, value) === true);
      if (!found) throw new ValueError(`${repr(value)} is not a valid ${pyClassName(new.target)}`);
      // Returning an object from a constructor replaces `this`: the existing member.
      return found;
    }
    super();
  }

  override __init__(): void {}

  get name(): string {
    return this._name_;
  }

  get value(): unknown {
    return this._value_;
  }

  __repr__(): string {
    return `<${pyClassName(this.constructor)}.${this._name_}: ${repr(this._value_)}>`;
  }

  __str__(): string {
    return `${pyClassName(this.constructor)}.${this._name_}`;
  }

  __hash__(): number {
    let hash = 0;
    for (const char of this._name_) hash = (hash * 31 + char.codePointAt(0)!) | 0;
    return hash;
  }

  /** Color["RED"] */
  static __class_getitem__(this: EnumClass, name: unknown): Enum {
    const member = registries.get(this)?.byName.get(String(name));
    if (!member) throw new KeyError(name);
    return member;
  }

  static __len__(this: EnumClass): number {
    return registries.get(this)?.members.filter((member, index, all) => all.indexOf(member) === index).length ?? 0;
  }

  static *[Symbol.iterator](this: EnumClass): Generator<Enum> {
    const registry = registries.get(this);
    if (!registry) return;
    const seen = new Set<Enum>();
    for (const member of registry.members) if (!seen.has(member)) (seen.add(member), yield member);
  }
}

/** Turns the class attributes `names` (in definition order) into members; an attribute whose
 *  value repeats an earlier one is an alias of that member; auto() counts from the last int. */
export function enumMembers(target: Function, names: readonly string[]): void {
  const cls = target as EnumClass;
  const registry: Registry = { members: [], byName: new Map() };
  let last = 0;
  for (const name of names) {
    let value = cls[name];
    if (value instanceof auto) value = last + 1;
    if (typeof value === "number") last = value;
    const alias = registry.members.find((member) => eq(member._value_, value) === true);
    const member = alias ?? (Object.create(cls.prototype) as Enum);
    if (!alias) {
      member._name_ = name;
      member._value_ = value;
      registry.members.push(member);
    }
    registry.byName.set(name, member);
    Object.defineProperty(cls, name, { value: member, writable: false, enumerable: true, configurable: true });
  }
  registries.set(cls, registry);
}

export { str as _str };
