// `obj.__dict__` of a user instance: one PyDict per instance (so `vars(p) is p.__dict__`),
// refreshed from the instance's own attributes whenever it is asked for, whose writes go
// through to the instance (`p.__dict__["w"] = 4` sets p.w), as CPython's attribute dict does.
import { HashTable } from "./hashtable.js";
import { PyDict } from "./dict.js";
import { eq } from "./compare.js";
import { TypeError } from "./exception-classes.js";

class InstanceTable<V> extends HashTable<V> {
  /** Set while the table is refilled from the instance, which must not write back. */
  refreshing = false;

  constructor(private readonly owner: Record<string, unknown>) {
    super(eq);
  }

  override setKeyed(k: unknown, key: unknown, value: V): void {
    super.setKeyed(k, key, value);
    if (!this.refreshing && typeof key === "string") {
      Object.defineProperty(this.owner, key, { value, writable: true, enumerable: true, configurable: true });
    }
  }

  override deleteKeyed(k: unknown, key: unknown): ReturnType<HashTable<V>["deleteKeyed"]> {
    const entry = super.deleteKeyed(k, key);
    if (entry && !this.refreshing && typeof key === "string") delete this.owner[key];
    return entry;
  }

  override clear(): void {
    if (!this.refreshing) for (const key of Object.keys(this.owner)) delete this.owner[key];
    super.clear();
  }
}

const dicts = new WeakMap<object, PyDict>();

export function instanceDict(obj: object): PyDict {
  let dict = dicts.get(obj);
  if (!dict) {
    dict = new PyDict();
    (dict as { table: HashTable<unknown> }).table = new InstanceTable(obj as Record<string, unknown>);
    dicts.set(obj, dict);
  }
  const table = dict.table as InstanceTable<unknown>;
  table.refreshing = true;
  try {
    table.clear();
    for (const [key, value] of Object.entries(obj)) table.set(key, value);
  } finally {
    table.refreshing = false;
  }
  return dict;
}

/** vars(obj): its `__dict__`. */
export function vars(...args: unknown[]): PyDict {
  // vars() without an argument is locals(), which py2ts does not provide.
  if (args.length !== 1) throw new TypeError(`vars expected at most 1 argument, got ${args.length}`);
  const obj = args[0];
  if (obj === null || typeof obj !== "object") throw new TypeError("vars() argument must have __dict__ attribute");
  return instanceDict(obj);
}
