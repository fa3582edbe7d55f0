// Python's re module over JS regular expressions: patterns are translated (re/translate.ts);
// what JS cannot express raises re.error naming the construct.
import { TypeError, ValueError } from "./builtins/exceptions.js";
import { bindArguments, signatureFromText, type Signature } from "./builtins/call.js";
import { typeName } from "./builtins/typename.js";
import { intArg } from "./datetime/calendar.js";
import { Pattern } from "./re/pattern.js";

export { Pattern } from "./re/pattern.js";
export { Match } from "./re/match.js";
export { error } from "./re/error.js";
export {
  ASCII, DEBUG, DOTALL, IGNORECASE, LOCALE, MULTILINE, NOFLAG, TEMPLATE, UNICODE, VERBOSE,
  ASCII as A, DOTALL as S, IGNORECASE as I, LOCALE as L, MULTILINE as M, TEMPLATE as T, UNICODE as U, VERBOSE as X,
} from "./re/flags.js";

const cache = new Map<string, Pattern>();
const CACHE_MAX = 512;

export function compile(...args: unknown[]): Pattern {
  const [pattern, f] = bindArguments(sigs.compile, args);
  return compileWith(pattern, f);
}

function compileWith(pattern: unknown, f: unknown): Pattern {
  const flags = f === undefined ? 0 : intArg(f);
  if (pattern instanceof Pattern) {
    if (flags) throw new ValueError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  if (typeof pattern !== "string") throw new TypeError("first argument must be string or compiled pattern");
  const key = `${flags}:${pattern}`;
  let p = cache.get(key);
  if (!p) {
    p = new Pattern(pattern, flags);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, p);
  }
  return p;
}

const sigs: Record<string, Signature> = {
  compile: signatureFromText("compile(pattern, flags=)"),
  one: signatureFromText("match(pattern, string, flags=)"),
  sub: signatureFromText("sub(pattern, repl, string, count=, flags=)"),
  split: signatureFromText("split(pattern, string, maxsplit=, flags=)"),
};

function withString<T>(name: string, args: unknown[], f: (p: Pattern, s: unknown) => T): T {
  const [pattern, s, flags] = bindArguments({ ...sigs.one!, name }, args);
  return f(compileWith(pattern, flags), s);
}

export const match = (...args: unknown[]): any => withString("match", args, (p, s) => p.match(s));
export const search = (...args: unknown[]): any => withString("search", args, (p, s) => p.search(s));
export const fullmatch = (...args: unknown[]): any => withString("fullmatch", args, (p, s) => p.fullmatch(s));
export const findall = (...args: unknown[]): any => withString("findall", args, (p, s) => p.findall(s));
export const finditer = (...args: unknown[]): any => withString("finditer", args, (p, s) => p.finditer(s));

export function subn(...args: unknown[]): any {
  const [pattern, repl, s, count, flags] = bindArguments({ ...sigs.sub!, name: "subn" }, args);
  return compileWith(pattern, flags).subn(repl, s, count ?? 0);
}
export function sub(...args: unknown[]): any {
  const [pattern, repl, s, count, flags] = bindArguments(sigs.sub!, args);
  return compileWith(pattern, flags).sub(repl, s, count ?? 0);
}
export function split(...args: unknown[]): any {
  const [pattern, s, maxsplit, flags] = bindArguments(sigs.split!, args);
  return compileWith(pattern, flags).split(s, maxsplit ?? 0);
}

const SPECIAL = new Set([..."()[]{}?*+-|^$\\.&~# \t\n\r\v\f"]);

export function escape(pattern: unknown): string {
  if (typeof pattern !== "string") throw new TypeError(`expected str instance, ${typeName(pattern)} found`);
  let out = "";
  for (const c of pattern) out += SPECIAL.has(c) ? "\\" + c : c;
  return out;
}

export function purge(): void {
  cache.clear();
}
