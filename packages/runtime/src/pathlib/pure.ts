// pathlib's pure half on POSIX (CPython 3.11's PurePath/_PosixFlavour): a path is its root
// ('', '/' or '//') and its parsed parts, the first of which is the root when there is one.
import { IndexError, TypeError, ValueError } from "../builtins/exceptions.js";
import { NotImplemented } from "../builtins/compare.js";
import { PyTuple } from "../builtins/tuple.js";
import { PySlice } from "../builtins/bytes.js";
import { hashTuple } from "../builtins/hash.js";
import { strRepr } from "../builtins/repr.js";
import { pyClassName } from "../builtins/classname.js";
import { fspath } from "../io/errors.js";
import { fnmatchRegex } from "./fnmatch.js";

type Parsed = { root: string; parts: string[] };

function splitRoot(part: string): [string, string] {
  if (!part.startsWith("/")) return ["", part];
  const stripped = part.replace(/^\/+/, "");
  return [part.length - stripped.length === 2 ? "//" : "/", stripped];
}

// _Flavour.parse_parts: read right to left, stopping at the last rooted argument.
function parseParts(parts: readonly string[]): Parsed {
  const parsed: string[] = [];
  let root = "";
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (!part) continue;
    const [r, rel] = splitRoot(part);
    const comps = rel.split("/").reverse();
    for (const x of comps) if (x && x !== ".") parsed.push(x);
    if (r) {
      root = r;
      break;
    }
  }
  if (root) parsed.push(root);
  return { root, parts: parsed.reverse() };
}

function parseArgs(args: readonly unknown[]): Parsed {
  const strs: string[] = [];
  for (const a of args) {
    if (a instanceof PurePath) {
      strs.push(...a._parts);
      continue;
    }
    const v = fspath(a);
    if (typeof v !== "string") {
      throw new TypeError("argument should be a str object or an os.PathLike object returning str, not <class 'bytes'>");
    }
    strs.push(v);
  }
  return parseParts(strs);
}

export class PurePath {
  static readonly __module__ = "pathlib";
  _root = "";
  _parts: string[] = [];

  constructor(...args: unknown[]) {
    if (new.target === PurePath) return new PurePosixPath(...args);
    const { root, parts } = parseArgs(args);
    this._root = root;
    this._parts = parts;
  }

  /** A new path of this one's class from already parsed parts. */
  _fromParsed(root: string, parts: string[]): this {
    const p = Object.create(Object.getPrototypeOf(this) as object) as this;
    p._root = root;
    p._parts = parts;
    return p;
  }

  _fromArgs(args: readonly unknown[]): this {
    const { root, parts } = parseArgs(args);
    return this._fromParsed(root, parts);
  }

  __str__(): string {
    const s = this._root ? this._root + this._parts.slice(1).join("/") : this._parts.join("/");
    return s || ".";
  }
  toString(): string {
    return this.__str__();
  }
  __fspath__(): string {
    return this.__str__();
  }
  as_posix(): string {
    return this.__str__();
  }
  __repr__(): string {
    return `${pyClassName(this.constructor)}(${strRepr(this.__str__())})`;
  }

  __eq__(other: unknown): boolean | symbol {
    if (!(other instanceof PurePath)) return NotImplemented;
    return this._parts.length === other._parts.length && this._parts.every((p, i) => p === other._parts[i]);
  }
  __hash__(): number | bigint {
    return hashTuple(this._parts);
  }
  __pyhash__(): number | bigint {
    return hashTuple(this._parts);
  }
  __pykey__(): string {
    return "\0P" + JSON.stringify(this._parts);
  }
  private compare(other: unknown): number | undefined {
    if (!(other instanceof PurePath)) return undefined;
    const a = this._parts;
    const b = other._parts;
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  }
  __lt__(o: unknown): boolean | symbol {
    const c = this.compare(o);
    return c === undefined ? NotImplemented : c < 0;
  }
  __le__(o: unknown): boolean | symbol {
    const c = this.compare(o);
    return c === undefined ? NotImplemented : c <= 0;
  }
  __gt__(o: unknown): boolean | symbol {
    const c = this.compare(o);
    return c === undefined ? NotImplemented : c > 0;
  }
  __ge__(o: unknown): boolean | symbol {
    const c = this.compare(o);
    return c === undefined ? NotImplemented : c >= 0;
  }

  get drive(): string {
    return "";
  }
  get root(): string {
    return this._root;
  }
  get anchor(): string {
    return this._root;
  }
  get name(): string {
    return this._parts.length === (this._root ? 1 : 0) ? "" : this._parts[this._parts.length - 1]!;
  }
  get suffix(): string {
    const name = this.name;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(i) : "";
  }
  get suffixes(): string[] {
    const name = this.name;
    if (name.endsWith(".")) return [];
    return name.replace(/^\.+/, "").split(".").slice(1).map((s) => "." + s);
  }
  get stem(): string {
    const name = this.name;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(0, i) : name;
  }
  get parts(): PyTuple<string> {
    return PyTuple.fromIterable(this._parts);
  }
  get parent(): this {
    if (this._parts.length === 1 && this._root) return this;
    return this._fromParsed(this._root, this._parts.slice(0, -1));
  }
  get parents(): PathParents {
    return new PathParents(this);
  }

  is_absolute(): boolean {
    return this._root !== "";
  }
  is_reserved(): boolean {
    return false;
  }

  joinpath(...args: unknown[]): this {
    const other = parseArgs(args);
    if (other.root) return this._fromParsed(other.root, other.parts);
    return this._fromParsed(this._root, [...this._parts, ...other.parts]);
  }
  __truediv__(key: unknown): this | symbol {
    try {
      return this.joinpath(key);
    } catch (e) {
      if (e instanceof TypeError) return NotImplemented;
      throw e;
    }
  }
  __rtruediv__(key: unknown): this | symbol {
    try {
      return this._fromArgs([key, this]);
    } catch (e) {
      if (e instanceof TypeError) return NotImplemented;
      throw e;
    }
  }

  with_name(name: unknown): this {
    if (!this.name) throw new ValueError(`${this.__repr__()} has an empty name`);
    const n = String(fspath(name));
    const parsed = parseParts([n]);
    if (!n || n.endsWith("/") || parsed.root || parsed.parts.length !== 1) throw new ValueError(`Invalid name ${strRepr(n)}`);
    return this._fromParsed(this._root, [...this._parts.slice(0, -1), n]);
  }
  with_stem(stem: unknown): this {
    return this.with_name(String(stem) + this.suffix);
  }
  with_suffix(suffix: unknown): this {
    if (typeof suffix !== "string") throw new TypeError(`'in <string>' requires string as left operand, not str`);
    if (suffix.includes("/")) throw new ValueError(`Invalid suffix ${strRepr(suffix)}`);
    if ((suffix && !suffix.startsWith(".")) || suffix === ".") throw new ValueError(`Invalid suffix ${strRepr(suffix)}`);
    let name = this.name;
    if (!name) throw new ValueError(`${this.__repr__()} has an empty name`);
    const old = this.suffix;
    name = old ? name.slice(0, -old.length) + suffix : name + suffix;
    return this._fromParsed(this._root, [...this._parts.slice(0, -1), name]);
  }

  relative_to(...other: unknown[]): this {
    if (other.length === 0) throw new TypeError("need at least one argument");
    const abs = this._root ? ["", this._root, ...this._parts.slice(1)] : this._parts;
    const to = parseArgs(other);
    const toAbs = to.root ? ["", to.root, ...to.parts.slice(1)] : to.parts;
    const n = toAbs.length;
    const mismatch = n === 0 ? this._root !== "" : abs.slice(0, n).join("\0") !== toAbs.join("\0") || abs.length < n;
    if (mismatch) {
      const formatted = this._fromParsed(to.root, to.parts).__str__();
      throw new ValueError(
        `${strRepr(this.__str__())} is not in the subpath of ${strRepr(formatted)} OR one path is relative and the other is absolute.`,
      );
    }
    return this._fromParsed(n === 1 ? this._root : "", abs.slice(n));
  }
  is_relative_to(...other: unknown[]): boolean {
    try {
      this.relative_to(...other);
      return true;
    } catch (e) {
      if (e instanceof ValueError) return false;
      throw e;
    }
  }

  match(pattern: unknown): boolean {
    const parsed = parseParts([String(pattern)]);
    if (parsed.parts.length === 0) throw new ValueError("empty pattern");
    if (parsed.root && parsed.root !== this._root) return false;
    let pats = parsed.parts;
    const parts = this._parts;
    if (parsed.root) {
      if (pats.length !== parts.length) return false;
      pats = pats.slice(1);
    } else if (pats.length > parts.length) return false;
    for (let i = 1; i <= pats.length; i++) {
      if (!fnmatchRegex(pats[pats.length - i]!).test(parts[parts.length - i]!)) return false;
    }
    return true;
  }
}

export class PurePosixPath extends PurePath {}

// Path.parents: a sequence of the ancestors, nearest first.
export class PathParents {
  static readonly __name__ = "_PathParents";
  static readonly __module__ = "pathlib";
  constructor(private readonly path: PurePath) {}

  __len__(): number {
    const p = this.path;
    return p._root ? p._parts.length - 1 : p._parts.length;
  }
  get length(): number {
    return this.__len__();
  }
  __getitem__(idx: unknown): unknown {
    const n = this.__len__();
    if (idx instanceof PySlice) {
      const out: unknown[] = [];
      const step = idx.step === null ? 1 : Number(idx.step);
      const norm = (v: unknown, dflt: number): number => {
        if (v === null) return dflt;
        const x = Number(v);
        return x < 0 ? Math.max(x + n, step < 0 ? -1 : 0) : Math.min(x, step < 0 ? n - 1 : n);
      };
      const start = norm(idx.start, step < 0 ? n - 1 : 0);
      const stop = norm(idx.stop, step < 0 ? -1 : n);
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(this.__getitem__(i));
      return PyTuple.fromIterable(out);
    }
    let i = Number(idx);
    if (i >= n || i < -n) throw new IndexError(idx);
    if (i < 0) i += n;
    const p = this.path;
    return p._fromParsed(p._root, p._parts.slice(0, p._parts.length - i - 1));
  }
  *[Symbol.iterator](): Generator<unknown> {
    for (let i = 0; i < this.__len__(); i++) yield this.__getitem__(i);
  }
  __repr__(): string {
    return `<${pyClassName(this.path.constructor)}.parents>`;
  }
}
