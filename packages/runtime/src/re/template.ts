// Replacement templates of re.sub and Match.expand, parsed as CPython's _parser.parse_template.
import { IndexError, TypeError } from "../builtins/exceptions.js";
import { typeName } from "../builtins/typename.js";
import { error } from "./error.js";
import type { Match } from "./match.js";
import type { Pattern } from "./pattern.js";

/** Literal strings and group numbers, in order. */
export type Template = (string | number)[];

const ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };

export function parseTemplate(pattern: Pattern, template: string): Template {
  const chars = [...template];
  const out: Template = [];
  let lit = "";
  const flush = (): void => {
    if (lit) out.push(lit);
    lit = "";
  };
  const group = (n: number, at: number): void => {
    if (n >= pattern.groups + 1) throw new error(`invalid group reference ${n}`, template, at);
    flush();
    out.push(n);
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== "\\") {
      lit += c;
      continue;
    }
    const start = i;
    const d = chars[++i];
    if (d === undefined) throw new error("bad escape (end of pattern)", template, start);
    if (d === "g") {
      if (chars[i + 1] !== "<") throw new error("missing <", template, i + 1);
      const close = chars.indexOf(">", i + 2);
      if (close < 0) throw new error("missing >, unterminated name", template, i + 2);
      const name = chars.slice(i + 2, close).join("");
      if (name === "") throw new error("missing group name", template, i + 2);
      let n: number;
      if (/^\d+$/.test(name)) n = Number(name);
      else if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
        const idx = pattern._groupindex.get(name);
        if (idx === undefined) throw new IndexError(`unknown group name '${name}'`);
        n = idx;
      } else throw new error(`bad character in group name '${name}'`, template, i + 2);
      group(n, i + 2);
      i = close;
    } else if (d === "0") {
      let oct = "";
      while (oct.length < 2 && /[0-7]/.test(chars[i + 1] ?? "")) oct += chars[++i];
      lit += String.fromCodePoint(parseInt(oct || "0", 8));
    } else if (/[1-9]/.test(d)) {
      let digits = d;
      if (/[0-9]/.test(chars[i + 1] ?? "")) {
        if (/[0-7]/.test(d) && /[0-7]/.test(chars[i + 1]!) && /[0-7]/.test(chars[i + 2] ?? "")) {
          const v = parseInt(d + chars[i + 1] + chars[i + 2], 8);
          if (v > 0o377) throw new error(`octal escape value \\${d}${chars[i + 1]}${chars[i + 2]} outside of range 0-0o377`, template, start);
          lit += String.fromCodePoint(v);
          i += 2;
          continue;
        }
        digits += chars[++i];
      }
      group(Number(digits), start + 1);
    } else if (ESCAPES[d] !== undefined) {
      lit += ESCAPES[d];
    } else if (/[A-Za-z0-9]/.test(d)) {
      throw new error(`bad escape \\${d}`, template, start);
    } else {
      lit += "\\" + d;
    }
  }
  flush();
  return out;
}

export function applyTemplate(t: Template, m: Match): string {
  let s = "";
  for (const part of t) s += typeof part === "string" ? part : ((m._get(part) as string | null) ?? "");
  return s;
}

export function expandTemplate(m: Match, template: unknown): string {
  if (typeof template !== "string") throw new TypeError(`expected str instance, ${typeName(template)} found`);
  return applyTemplate(parseTemplate(m.re, template), m);
}
