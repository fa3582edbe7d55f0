// re.Match: group spans in Python (code point) indices, with CPython's accessors and repr.
import { IndexError } from "../builtins/exceptions.js";
import { PyDict } from "../builtins/dict.js";
import { PyTuple } from "../builtins/tuple.js";
import { strRepr } from "../builtins/repr.js";
import { bindArguments, signatureFromText } from "../builtins/call.js";
import type { Pattern } from "./pattern.js";
import { expandTemplate } from "./template.js";

const defaultSig = signatureFromText("groups(default=)");

export class Match {
  static readonly __module__ = "re";
  static readonly __name__ = "Match";
  /** [start, end] per group in code points; [-1, -1] when the group did not take part. */
  readonly regs: PyTuple<PyTuple<number>>;

  constructor(
    readonly re: Pattern,
    readonly string: string,
    readonly pos: number,
    readonly endpos: number,
    spans: readonly (readonly [number, number])[],
    /** The same spans as JS string offsets, for slicing. */
    readonly _jsSpans: readonly (readonly [number, number])[],
  ) {
    this.regs = PyTuple.fromIterable(spans.map(([s, e]) => PyTuple.of(s, e)));
  }

  get __pytype__(): string {
    return "re.Match";
  }

  _index(g: unknown): number {
    if (typeof g === "number" && Number.isInteger(g) && g >= 0 && g < this.regs.length) return g;
    if (typeof g === "boolean") return this._index(g ? 1 : 0);
    if (typeof g === "string") {
      const n = this.re._groupindex.get(g);
      if (n !== undefined) return n;
    }
    throw new IndexError("no such group");
  }
  _get(n: number, dflt: unknown = null): unknown {
    const [s, e] = this._jsSpans[n]!;
    return s < 0 ? dflt : this.string.slice(s, e);
  }

  group(...args: unknown[]): unknown {
    if (args.length === 0) return this._get(0);
    if (args.length === 1) return this._get(this._index(args[0]));
    return PyTuple.fromIterable(args.map((g) => this._get(this._index(g))));
  }
  __getitem__(g: unknown): unknown {
    return this._get(this._index(g));
  }
  groups(...args: unknown[]): PyTuple {
    const [dflt] = bindArguments(defaultSig, args);
    const out: unknown[] = [];
    for (let i = 1; i < this.regs.length; i++) out.push(this._get(i, dflt ?? null));
    return PyTuple.fromIterable(out);
  }
  groupdict(...args: unknown[]): PyDict {
    const [dflt] = bindArguments(defaultSig, args);
    const d = new PyDict();
    for (const [name, n] of this.re._groupindex) d.set(name, this._get(n, dflt ?? null));
    return d;
  }
  start(g: unknown = 0): number {
    return this.regs[this._index(g)]![0]!;
  }
  end(g: unknown = 0): number {
    return this.regs[this._index(g)]![1]!;
  }
  span(g: unknown = 0): PyTuple<number> {
    return this.regs[this._index(g)]!;
  }
  expand(template: unknown): string {
    return expandTemplate(this, template);
  }

  /** The last group to close: the one ending last, the outermost among ties. */
  get lastindex(): number | null {
    let best: number | null = null;
    for (let i = 1; i < this.regs.length; i++) {
      const e = this.regs[i]![1]!;
      if (this.regs[i]![0]! >= 0 && (best === null || e > this.regs[best]![1]!)) best = i;
    }
    return best;
  }
  get lastgroup(): string | null {
    const li = this.lastindex;
    if (li === null) return null;
    for (const [name, n] of this.re._groupindex) if (n === li) return name;
    return null;
  }

  __bool__(): boolean {
    return true;
  }
  __repr__(): string {
    const [s, e] = this.regs[0]!;
    return `<re.Match object; span=(${s}, ${e}), match=${strRepr(this._get(0) as string)}>`;
  }
  toString(): string {
    return this.__repr__();
  }
}
