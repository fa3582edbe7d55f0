// CPython's "struct sequence" (structseq): a tuple whose items also have field names, with a
// repr listing them (`time.struct_time(tm_year=1970, ...)`). Extra fields beyond the sequence
// (struct_time.tm_zone) are attributes only, as in CPython. Like os.stat_result it is not a
// PyTuple subclass: the builtins treat every PyTuple as a plain tuple (repr, attributes), so it
// behaves as a tuple through the protocol methods instead.
import { PyTuple } from "../builtins/tuple.js";
import { repr } from "../builtins/repr.js";
import { getitem } from "../builtins/items.js";
import { eq, lt, le, gt, ge } from "../builtins/compare.js";
import { pyHash } from "../builtins/hash.js";
import { TypeError } from "../builtins/exceptions.js";

export class StructSeq {
  static readonly __name__: string = "structseq";
  static readonly fields: readonly string[] = [];
  static readonly qualifiedName: string = "structseq";
  readonly [index: number]: unknown;
  private items: readonly unknown[] = [];

  /** `values` holds the sequence fields in order; `extras` the attribute-only fields. Called
   *  from Python code (`time.struct_time(seq)`), it takes one sequence. */
  constructor(values?: Iterable<unknown>, extras: Record<string, unknown> = {}) {
    if (values === undefined) return;
    const cls = new.target as unknown as typeof StructSeq;
    const items = [...values];
    cls.checkLength(items.length);
    this.items = items.slice(0, cls.fields.length);
    this.items.forEach((v, i) => Object.defineProperty(this, i, { value: v, enumerable: false }));
    cls.fields.forEach((field, i) => Object.defineProperty(this, field, { value: items[i], enumerable: true }));
    const attributes: Record<string, unknown> = {};
    cls.extraFields.forEach((field, i) => (attributes[field] = items[cls.fields.length + i] ?? null));
    for (const [k, v] of Object.entries({ ...attributes, ...extras })) Object.defineProperty(this, k, { value: v, enumerable: true });
    Object.freeze(this);
  }

  /** Attribute-only fields a sequence may also supply after the named ones. */
  static readonly extraFields: readonly string[] = [];

  static checkLength(n: number): void {
    const min = this.fields.length;
    const max = min + this.extraFields.length;
    if (n < min) throw new TypeError(`${this.qualifiedName}() takes an at least ${min}-sequence (${n}-sequence given)`);
    if (n > max) throw new TypeError(`${this.qualifiedName}() takes an at most ${max}-sequence (${n}-sequence given)`);
  }

  static make<T extends StructSeq>(this: new (values: Iterable<unknown>, extras?: Record<string, unknown>) => T, values: readonly unknown[], extras: Record<string, unknown> = {}): T {
    return new this(values, extras);
  }

  get length(): number {
    return this.items.length;
  }
  get n_sequence_fields(): number {
    return this.items.length;
  }
  __len__(): number {
    return this.items.length;
  }
  toTuple(): PyTuple<unknown> {
    return PyTuple.fromIterable(this.items);
  }
  __getitem__(i: unknown): unknown {
    return getitem(this.toTuple(), i);
  }
  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]();
  }
  __contains__(x: unknown): boolean {
    return this.items.some((v) => eq(v, x));
  }
  __hash__(): unknown {
    return pyHash(this.toTuple());
  }
  __eq__(other: unknown): boolean {
    return eq(this.toTuple(), other instanceof StructSeq ? other.toTuple() : other);
  }
  __ne__(other: unknown): boolean {
    return !this.__eq__(other);
  }
  __lt__(other: unknown): unknown {
    return lt(this.toTuple(), other instanceof StructSeq ? other.toTuple() : other);
  }
  __le__(other: unknown): unknown {
    return le(this.toTuple(), other instanceof StructSeq ? other.toTuple() : other);
  }
  __gt__(other: unknown): unknown {
    return gt(this.toTuple(), other instanceof StructSeq ? other.toTuple() : other);
  }
  __ge__(other: unknown): unknown {
    return ge(this.toTuple(), other instanceof StructSeq ? other.toTuple() : other);
  }
  __repr__(): string {
    const cls = this.constructor as typeof StructSeq;
    return `${cls.qualifiedName}(${cls.fields.map((f, i) => `${f}=${repr(this.items[i])}`).join(", ")})`;
  }
}
