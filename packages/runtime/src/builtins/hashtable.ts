// The hash table under PyDict and PySet: a JS Map (insertion-ordered) keyed by `keyOf`, plus
// hash buckets for keys that need __eq__ (user __hash__, frozensets).
import { BucketKey, keyOf } from "./hash.js";

type Token = { readonly key: unknown };
export type Entry<V> = [key: unknown, value: V];
export type KeyEquals = (a: unknown, b: unknown) => boolean;

export class HashTable<V> {
  readonly map = new Map<unknown, Entry<V>>();
  private buckets?: Map<number | bigint, Token[]>;

  constructor(private readonly equals: KeyEquals) {}

  get size(): number {
    return this.map.size;
  }

  // The Map key for `key`; with `create`, registers a new bucket token when none matches.
  slot(key: unknown, options: { create: boolean }): unknown {
    return this.slotOf(keyOf(key), key, options);
  }

  // As slot(), given keyOf(key) already computed (so a user __hash__ runs once per operation).
  slotOf(k: unknown, key: unknown, options: { create: boolean }): unknown {
    if (!(k instanceof BucketKey)) return k;
    this.buckets ??= new Map();
    let bucket = this.buckets.get(k.hash);
    for (const token of bucket ?? []) {
      if (token.key === key || this.equals(token.key, key)) return token;
    }
    if (!options.create) return undefined;
    const token: Token = { key };
    if (!bucket) this.buckets.set(k.hash, (bucket = []));
    bucket.push(token);
    return token;
  }

  get(key: unknown): Entry<V> | undefined {
    return this.getKeyed(keyOf(key), key);
  }

  // The *Keyed forms take keyOf(key), computed once by the caller.
  getKeyed(k: unknown, key: unknown): Entry<V> | undefined {
    const slot = this.slotOf(k, key, { create: false });
    // keyOf never yields undefined, so undefined means "no matching bucket token".
    return slot === undefined ? undefined : this.map.get(slot);
  }

  set(key: unknown, value: V): void {
    this.setKeyed(keyOf(key), key, value);
  }

  setKeyed(k: unknown, key: unknown, value: V): void {
    const slot = this.slotOf(k, key, { create: true });
    const entry = this.map.get(slot);
    // Python keeps the first key object (1 stays the key after d[1.0] = x).
    if (entry) entry[1] = value;
    else this.map.set(slot, [key, value]);
  }

  delete(key: unknown): Entry<V> | undefined {
    return this.deleteKeyed(keyOf(key), key);
  }

  deleteKeyed(k: unknown, key: unknown): Entry<V> | undefined {
    const slot = this.slotOf(k, key, { create: false });
    const entry = this.map.get(slot);
    if (!entry) return undefined;
    this.map.delete(slot);
    if (typeof slot === "object" && slot !== null && this.buckets) this.dropToken(slot as Token);
    return entry;
  }

  // A copy of `other`'s entries into this empty table (bucket tokens are shared: immutable).
  copyFrom(other: HashTable<V>): void {
    for (const [slot, entry] of other.map) this.map.set(slot, [entry[0], entry[1]]);
    if (other.buckets) this.buckets = new Map(Array.from(other.buckets, ([h, tokens]) => [h, tokens.slice()]));
  }

  clear(): void {
    this.map.clear();
    this.buckets = undefined;
  }

  private dropToken(token: Token): void {
    for (const [h, bucket] of this.buckets!) {
      const i = bucket.indexOf(token);
      if (i >= 0) {
        bucket.splice(i, 1);
        if (bucket.length === 0) this.buckets!.delete(h);
        return;
      }
    }
  }
}
