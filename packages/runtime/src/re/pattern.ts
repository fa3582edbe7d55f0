// re.Pattern over a translated JS RegExp. Iteration follows sre since Python 3.7: after an empty
// match at p the next match may start at p only if it is not empty, which a JS RegExp expresses
// with a lookbehind that forbids ending at p (`(?<!^[\s\S]{p})`, p in code points).
import { TypeError } from "../builtins/exceptions.js";
import { PyDict } from "../builtins/dict.js";
import { PyTuple } from "../builtins/tuple.js";
import { NotImplemented } from "../builtins/compare.js";
import { strRepr } from "../builtins/repr.js";
import { typeName } from "../builtins/typename.js";
import { bindArguments, signatureFromText } from "../builtins/call.js";
import { intArg } from "../datetime/calendar.js";
import { error } from "./error.js";
import { flagsRepr, UNICODE } from "./flags.js";
import { Match } from "./match.js";
import { applyTemplate, parseTemplate } from "./template.js";
import { translate, type Translated } from "./translate.js";

const posSig = signatureFromText("match(string, pos=, endpos=)");
const subSig = signatureFromText("sub(repl, string, count=)");
const splitSig = signatureFromText("split(string, maxsplit=)");

/** Maps between JS string offsets and Python (code point) indices of one subject string. */
class Indexer {
  /** cpOf[j]: code points before JS offset j; jsOf[cp]: JS offset of code point cp. */
  private readonly cpOf: number[] | undefined;
  private readonly jsOf: number[] | undefined;
  constructor(readonly s: string) {
    if (/[\uD800-\uDFFF]/.test(s)) {
      this.cpOf = [];
      this.jsOf = [];
      let cp = 0;
      for (let j = 0; j < s.length; ) {
        const w = s.codePointAt(j)! > 0xffff ? 2 : 1;
        this.cpOf[j] = cp;
        if (w === 2) this.cpOf[j + 1] = cp + 1;
        this.jsOf[cp] = j;
        j += w;
        cp++;
      }
      this.cpOf[s.length] = cp;
      this.jsOf[cp] = s.length;
    }
  }
  toCp(j: number): number {
    return this.cpOf ? this.cpOf[j]! : j;
  }
  toJs(cp: number): number {
    if (!this.jsOf) return Math.min(cp, this.s.length);
    return this.jsOf[Math.min(cp, this.jsOf.length - 1)]!;
  }
  length(): number {
    return this.toCp(this.s.length);
  }
}

function subject(s: unknown): string {
  if (typeof s !== "string") throw new TypeError(`expected string or bytes-like object, got '${typeName(s)}'`);
  return s;
}

export class Pattern {
  static readonly __module__ = "re";
  static readonly __name__ = "Pattern";
  readonly pattern: string;
  readonly flags: number;
  readonly groups: number;
  readonly _groupindex: ReadonlyMap<string, number>;
  private readonly t: Translated;
  private readonly searchRe: RegExp;
  private readonly stickyRe: RegExp;
  private readonly fullRe: RegExp;
  private readonly nonEmptyRes = new Map<number, RegExp>();

  constructor(pattern: string, flags: number) {
    this.t = translate(pattern, flags);
    this.pattern = pattern;
    this.flags = this.t.flags | UNICODE;
    this.groups = this.t.groups;
    this._groupindex = this.t.groupindex;
    this.searchRe = this.compile(this.t.source, "g");
    this.stickyRe = this.compile(this.t.source, "y");
    this.fullRe = this.compile(`(?:${this.t.source})$`, "y");
  }

  private compile(source: string, mode: string): RegExp {
    try {
      return new RegExp(source, this.t.jsFlags + mode + "d");
    } catch (e) {
      throw new error(`py2ts: JavaScript rejects the translated pattern (${(e as Error).message})`, this.pattern, 0);
    }
  }

  get __pytype__(): string {
    return "re.Pattern";
  }
  get groupindex(): PyDict {
    return new PyDict([...this._groupindex]);
  }

  /** One match at or after jsPos (search) or exactly at it (sticky); `nonEmptyAt` forbids an empty match there. */
  private exec(ix: Indexer, s: string, jsPos: number, kind: "search" | "sticky" | "full", nonEmptyAt?: number): RegExpExecArray | null {
    let re: RegExp;
    if (nonEmptyAt !== undefined) {
      re = this.nonEmptyRes.get(nonEmptyAt) ?? this.compile(`(?:${this.t.source})(?<!^[\\s\\S]{${nonEmptyAt}})`, "y");
      this.nonEmptyRes.set(nonEmptyAt, re);
    } else re = kind === "search" ? this.searchRe : kind === "sticky" ? this.stickyRe : this.fullRe;
    re.lastIndex = jsPos;
    void ix;
    return re.exec(s);
  }

  private makeMatch(ix: Indexer, full: string, m: RegExpExecArray, pos: number, endpos: number): Match {
    const jsSpans: [number, number][] = [];
    const spans: [number, number][] = [];
    for (let g = 0; g <= this.groups; g++) {
      const span = m.indices![g];
      jsSpans.push(span ? [span[0], span[1]] : [-1, -1]);
      spans.push(span ? [ix.toCp(span[0]), ix.toCp(span[1])] : [-1, -1]);
    }
    return new Match(this, full, pos, endpos, spans, jsSpans);
  }

  private bounds(args: unknown[]): { s: string; ix: Indexer; cut: string; pos: number; endpos: number; jsPos: number } {
    const [str, p, e] = bindArguments(posSig, args);
    const s = subject(str);
    const ix = new Indexer(s);
    const n = ix.length();
    const clamp = (v: number): number => Math.max(0, Math.min(n, v < 0 ? 0 : v));
    const pos = p === undefined ? 0 : clamp(intArg(p));
    const endpos = e === undefined || e === null ? n : clamp(intArg(e));
    return { s, ix, cut: s.slice(0, ix.toJs(endpos)), pos, endpos, jsPos: ix.toJs(pos) };
  }

  private one(args: unknown[], kind: "search" | "sticky" | "full"): Match | null {
    const { s, ix, cut, pos, endpos, jsPos } = this.bounds(args);
    if (pos > endpos) return null;
    const m = this.exec(ix, cut, jsPos, kind);
    return m ? this.makeMatch(ix, s, m, pos, endpos) : null;
  }
  match(...args: unknown[]): Match | null {
    return this.one(args, "sticky");
  }
  search(...args: unknown[]): Match | null {
    return this.one(args, "search");
  }
  fullmatch(...args: unknown[]): Match | null {
    return this.one(args, "full");
  }

  /** Every match left to right, as sre's scanner: empty matches never repeat a position. */
  *_iterate(args: unknown[]): Generator<Match> {
    const { s, ix, cut, pos, endpos, jsPos } = this.bounds(args);
    let at = jsPos;
    let lastEmpty = false;
    while (at <= cut.length) {
      let m: RegExpExecArray | null = null;
      if (lastEmpty) {
        m = this.exec(ix, cut, at, "sticky", ix.toCp(at));
        if (!m) {
          if (at >= cut.length) return;
          const c = cut.codePointAt(at)!;
          at += c > 0xffff ? 2 : 1;
        }
      }
      m ??= this.exec(ix, cut, at, "search");
      if (!m) return;
      const end = m.index + m[0].length;
      lastEmpty = m[0].length === 0;
      at = end;
      yield this.makeMatch(ix, s, m, pos, endpos);
    }
  }

  finditer(...args: unknown[]): Generator<Match> {
    return this._iterate(args);
  }
  findall(...args: unknown[]): unknown[] {
    const out: unknown[] = [];
    for (const m of this._iterate(args)) {
      if (this.groups === 0) out.push(m._get(0));
      else if (this.groups === 1) out.push(m._get(1, ""));
      else out.push(PyTuple.fromIterable(Array.from({ length: this.groups }, (_, k) => m._get(k + 1, ""))));
    }
    return out;
  }

  subn(...args: unknown[]): PyTuple {
    const [repl, str, c] = bindArguments(subSig, args);
    const s = subject(str);
    const count = c === undefined ? 0 : intArg(c);
    const render: (m: Match) => string =
      typeof repl === "function"
        ? (m) => {
            const r = (repl as (m: Match) => unknown)(m);
            if (r === null || r === undefined) return "";
            if (typeof r !== "string") throw new TypeError(`sequence item 0: expected str instance, ${typeName(r)} found`);
            return r;
          }
        : (() => {
            if (typeof repl !== "string") throw new TypeError(`expected str instance, ${typeName(repl)} found`);
            const t = repl.includes("\\") ? parseTemplate(this, repl) : [repl];
            return (m: Match) => applyTemplate(t, m);
          })();
    let out = "";
    let last = 0;
    let n = 0;
    for (const m of this._iterate([s])) {
      if (count > 0 && n >= count) break;
      const [js, je] = m._jsSpans[0]!;
      out += s.slice(last, js) + render(m);
      last = je;
      n++;
    }
    return PyTuple.of(out + s.slice(last), n);
  }
  sub(...args: unknown[]): string {
    return this.subn(...args)[0] as string;
  }
  split(...args: unknown[]): unknown[] {
    const [str, ms] = bindArguments(splitSig, args);
    const s = subject(str);
    const maxsplit = ms === undefined ? 0 : intArg(ms);
    if (maxsplit < 0) return [s];
    const out: unknown[] = [];
    let last = 0;
    let n = 0;
    for (const m of this._iterate([s])) {
      if (maxsplit > 0 && n >= maxsplit) break;
      const [js, je] = m._jsSpans[0]!;
      out.push(s.slice(last, js));
      for (let g = 1; g <= this.groups; g++) out.push(m._get(g));
      last = je;
      n++;
    }
    out.push(s.slice(last));
    return out;
  }

  __repr__(): string {
    const f = this.flags & ~UNICODE;
    return `re.compile(${strRepr(this.pattern)}${f ? ", " + flagsRepr(f) : ""})`;
  }
  toString(): string {
    return this.__repr__();
  }
  __eq__(o: unknown): unknown {
    if (!(o instanceof Pattern)) return NotImplemented;
    return o.pattern === this.pattern && o.flags === this.flags;
  }
  __pykey__(): string {
    return `\0re${this.flags}:${this.pattern}`;
  }
}
