// Python regex syntax (CPython 3.11's re/_parser.py) → a JS RegExp source with the `u` flag.
// Semantics kept exact: `.`, `^`, `$`, `\A`, `\Z`, `\d`/`\w`/`\s`/`\b` in Unicode and ASCII
// modes, literal `{`, escapes. What JS cannot express raises re.error naming the construct.
import { error } from "./error.js";
import { ASCII, DOTALL, IGNORECASE, LOCALE, MULTILINE, UNICODE, VERBOSE } from "./flags.js";

export interface Translated {
  readonly source: string;
  readonly jsFlags: string;
  readonly flags: number;
  readonly groups: number;
  readonly groupindex: ReadonlyMap<string, number>;
}

/** A valid Python pattern that JS's RegExp cannot express: the transpiler reports it at
 *  conversion time when the pattern is a literal (`construct` names what is missing). */
export class UntranslatableError extends error {
  constructor(msg: string, pattern: string, pos: number, readonly construct: string) {
    super(msg, pattern, pos);
  }
}

const WS_UNICODE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const WORD_UNICODE = "\\p{L}\\p{N}_";
const INLINE_FLAGS: Record<string, number> = { a: ASCII, i: IGNORECASE, L: LOCALE, m: MULTILINE, s: DOTALL, u: UNICODE, x: VERBOSE };
const JS_SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);
const HEX = (cp: number): string => `\\u{${cp.toString(16)}}`;

class Translator {
  private readonly chars: string[];
  private i = 0;
  private out = "";
  private groups = 0;
  private readonly open: number[] = [];
  /** Group numbers of the groups still open (0 for a non-capturing one). */
  private readonly openGroups: number[] = [];
  private readonly names = new Map<string, number>();
  private lastAtom: "none" | "atom" | "quantifier" = "none";

  constructor(private readonly pattern: string, public flags: number) {
    this.chars = [...pattern];
  }

  fail(msg: string, at = this.i): never {
    throw new error(msg, this.pattern, at);
  }
  unsupported(what: string, at: number): never {
    throw new UntranslatableError(`py2ts cannot translate ${what} to a JavaScript regular expression`, this.pattern, at, what);
  }
  private get ascii(): boolean {
    return (this.flags & ASCII) !== 0;
  }

  run(): Translated {
    this.leadingFlags();
    while (this.i < this.chars.length) this.item();
    if (this.open.length) this.fail("missing ), unterminated subpattern", this.open[this.open.length - 1]);
    const js = (this.flags & IGNORECASE ? "i" : "") + "u";
    return { source: this.out, jsFlags: js, flags: this.flags, groups: this.groups, groupindex: this.names };
  }

  // `(?aimsx)` groups at the very start set the global flags.
  private leadingFlags(): void {
    for (;;) {
      const m = /^\(\?([aiLmsux]+)\)/.exec(this.chars.slice(this.i, this.i + 12).join(""));
      if (!m) return;
      for (const c of m[1]!) this.flags |= INLINE_FLAGS[c]!;
      this.i += m[0].length;
    }
  }

  private skipVerbose(): boolean {
    if (!(this.flags & VERBOSE)) return false;
    const c = this.chars[this.i]!;
    if (/\s/.test(c)) {
      this.i++;
      return true;
    }
    if (c === "#") {
      while (this.i < this.chars.length && this.chars[this.i] !== "\n") this.i++;
      return true;
    }
    return false;
  }

  private emitAtom(s: string): void {
    this.out += s;
    this.lastAtom = "atom";
  }

  private item(): void {
    if (this.skipVerbose()) return;
    const start = this.i;
    const c = this.chars[this.i++]!;
    switch (c) {
      case "\\":
        return this.emitAtom(this.escape(start, false));
      case ".":
        return this.emitAtom(this.flags & DOTALL ? "[\\s\\S]" : "[^\\n]");
      case "^":
        this.out += this.flags & MULTILINE ? "(?:^|(?<=\\n))" : "^";
        this.lastAtom = "none";
        return;
      case "$":
        this.out += this.flags & MULTILINE ? "(?=\\n|$)" : "(?=\\n?$)";
        this.lastAtom = "none";
        return;
      case "[":
        return this.emitAtom(this.charClass(start));
      case "(":
        return this.group(start);
      case ")":
        if (!this.open.length) this.fail("unbalanced parenthesis", start);
        this.open.pop();
        this.openGroups.pop();
        return this.emitAtom(")");
      case "|":
        this.out += "|";
        this.lastAtom = "none";
        return;
      case "*":
      case "+":
      case "?":
        return this.quantifier(c, start);
      case "{": {
        const m = /^(\d*)(?:(,)(\d*))?\}/.exec(this.chars.slice(this.i, this.i + 40).join(""));
        if (m && (m[1] !== "" || m[2] !== undefined)) {
          this.i += m[0].length;
          const lo = m[1] || "0";
          const q = m[2] === undefined ? `{${lo}}` : `{${lo},${m[3]}}`;
          if (m[3] && Number(m[3]) < Number(lo)) this.fail("min repeat greater than max repeat", start + 1);
          return this.quantifier(q, start);
        }
        return this.emitAtom("\\{");
      }
      case "}":
      case "]":
        return this.emitAtom("\\" + c);
      default:
        return this.emitAtom(c);
    }
  }

  private quantifier(q: string, start: number): void {
    if (this.lastAtom === "none") this.fail("nothing to repeat", start);
    if (this.lastAtom === "quantifier") this.fail("multiple repeat", start);
    this.out += q;
    if (this.chars[this.i] === "?") {
      this.out += "?";
      this.i++;
    } else if (this.chars[this.i] === "+") {
      this.unsupported("a possessive quantifier", this.i);
    }
    this.lastAtom = "quantifier";
  }

  private group(start: number): void {
    const rest = this.chars.slice(this.i, this.i + 200).join("");
    if (!rest.startsWith("?")) {
      this.open.push(start);
      this.groups++;
      this.openGroups.push(this.groups);
      this.out += "(";
      this.lastAtom = "none";
      return;
    }
    const name = /^\?P<([^>]*)>/.exec(rest);
    if (name) {
      const n = name[1]!;
      if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(n)) this.fail(`bad character in group name '${n}'`, start + 4);
      this.groups++;
      if (this.names.has(n)) {
        this.fail(`redefinition of group name '${n}' as group ${this.groups}; was group ${this.names.get(n)}`, start + 4);
      }
      this.names.set(n, this.groups);
      this.i += [...name[0]].length;
      this.open.push(start);
      this.openGroups.push(this.groups);
      this.out += `(?<${n}>`;
      this.lastAtom = "none";
      return;
    }
    const ref = /^\?P=([^)]*)\)/.exec(rest);
    if (ref) {
      const n = ref[1]!;
      if (!this.names.has(n)) this.fail(`unknown group name '${n}'`, start + 4);
      this.i += [...ref[0]].length;
      return this.emitAtom(`\\k<${n}>`);
    }
    const look = /^\?(:|=|!|<=|<!)/.exec(rest);
    if (look) {
      this.i += look[0].length;
      this.open.push(start);
      this.openGroups.push(0);
      this.out += "(" + look[0];
      this.lastAtom = "none";
      return;
    }
    if (rest.startsWith("?#")) {
      const end = rest.indexOf(")");
      if (end < 0) this.fail("missing ), unterminated comment", start);
      this.i += [...rest.slice(0, end + 1)].length;
      return;
    }
    if (rest.startsWith("?>")) this.unsupported("an atomic group (?>...)", start);
    if (rest.startsWith("?(")) this.unsupported("a conditional group (?(id)yes|no)", start);
    const flags = /^\?[aiLmsux-]+[:)]/.exec(rest);
    if (flags) {
      if (flags[0].endsWith(")")) this.fail("global flags not at the start of the expression", start);
      this.unsupported("a scoped inline flag group (?flags:...)", start);
    }
    const next = rest[1] ?? "";
    if (next === "P") this.fail(`unknown extension ?P${rest[2] ?? ""}`, start + 1);
    if (next === "<") this.fail(`unknown extension ?<${rest[2] ?? ""}`, start + 1);
    this.fail(`unknown extension ?${next}`, start + 1);
  }

  // One escape after the backslash at `start`; `inClass` selects class-item forms.
  private escape(start: number, inClass: boolean): string {
    const c = this.chars[this.i++];
    if (c === undefined) this.fail("bad escape (end of pattern)", start);
    const ascii = this.ascii;
    switch (c) {
      case "d": return ascii ? (inClass ? "0-9" : "[0-9]") : (inClass ? "\\p{Nd}" : "\\p{Nd}");
      case "D": return ascii ? (inClass ? "\\D" : "[^0-9]") : "\\P{Nd}";
      case "w": return ascii ? (inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]") : (inClass ? WORD_UNICODE : `[${WORD_UNICODE}]`);
      case "W":
        if (ascii) return inClass ? "\\W" : "[^A-Za-z0-9_]";
        if (inClass) this.unsupported("\\W inside a character class (without re.ASCII)", start);
        return `[^${WORD_UNICODE}]`;
      case "s": return ascii ? (inClass ? " \\t\\n\\r\\f\\v" : "[ \\t\\n\\r\\f\\v]") : (inClass ? WS_UNICODE : `[${WS_UNICODE}]`);
      case "S":
        if (ascii) return inClass ? "\\S" : "[^ \\t\\n\\r\\f\\v]";
        if (inClass) this.unsupported("\\S inside a character class (without re.ASCII)", start);
        return `[^${WS_UNICODE}]`;
    }
    if (!inClass) {
      const w = ascii ? "[A-Za-z0-9_]" : `[${WORD_UNICODE}]`;
      switch (c) {
        case "A": return "^";
        case "Z": return "$";
        case "b": return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
        case "B": return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
      }
    } else if (c === "b") {
      return "\\x08";
    }
    switch (c) {
      case "a": return "\\x07";
      case "f": return "\\f";
      case "n": return "\\n";
      case "r": return "\\r";
      case "t": return "\\t";
      case "v": return "\\v";
      case "x": case "u": case "U": {
        const len = c === "x" ? 2 : c === "u" ? 4 : 8;
        const hex = this.chars.slice(this.i, this.i + len).join("");
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail(`incomplete escape \\${c}${hex.replace(/[^0-9a-fA-F].*$/, "")}`, start);
        this.i += len;
        return HEX(parseInt(hex, 16));
      }
      case "N": this.unsupported("a named character escape \\N{...}", start);
    }
    if (c >= "0" && c <= "9") return this.numericEscape(c, start, inClass);
    if (/[A-Za-z]/.test(c)) this.fail(`bad escape \\${c}`, start);
    return literal(c, inClass);
  }

  private numericEscape(c: string, start: number, inClass: boolean): string {
    const isOct = (k: number): boolean => /[0-7]/.test(this.chars[this.i + k] ?? "");
    if (c === "0" || (inClass && c <= "7")) {
      let d = c;
      while (d.length < 3 && isOct(0)) d += this.chars[this.i++];
      return this.octal(d, start);
    }
    if (inClass) this.fail(`bad escape \\${c}`, start);
    let d = c;
    if (/[0-9]/.test(this.chars[this.i] ?? "")) {
      if (c <= "7" && isOct(0) && isOct(1)) {
        d += this.chars[this.i++]! + this.chars[this.i++]!;
        return this.octal(d, start);
      }
      d += this.chars[this.i++];
    }
    const n = Number(d);
    if (n > this.groups) this.fail(`invalid group reference ${n}`, start + 1);
    if (this.openGroups.includes(n)) this.fail("cannot refer to an open group", start);
    return `(?:\\${n})`;
  }

  private octal(d: string, start: number): string {
    const v = parseInt(d, 8);
    if (v > 0o377) this.fail(`octal escape value \\${d} outside of range 0-0o377`, start);
    return HEX(v);
  }

  private charClass(start: number): string {
    let body = "";
    let negate = false;
    if (this.chars[this.i] === "^") {
      negate = true;
      this.i++;
    }
    let first = true;
    for (;;) {
      const c = this.chars[this.i];
      if (c === undefined) this.fail("unterminated character set", start);
      this.i++;
      if (c === "]" && !first) break;
      first = false;
      if (c === "\\") body += this.escape(this.i - 1, true);
      else if (c === "-") body += this.chars[this.i] === "]" || body === "" ? "\\-" : "-";
      else body += literal(c, true);
    }
    return `[${negate ? "^" : ""}${body}]`;
  }
}

function literal(c: string, inClass: boolean): string {
  if (inClass) return "\\^[]-".includes(c) ? "\\" + c : c;
  return JS_SYNTAX.has(c) ? "\\" + c : c;
}

export function translate(pattern: string, flags: number): Translated {
  return new Translator(pattern, flags).run();
}
