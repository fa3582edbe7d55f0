// textwrap: wrap, fill, shorten (through TextWrapper, ./textwrap/wrapper.ts), dedent, indent.
import { Kwargs, callFunction, splitKwargs, strMethods, truth } from "./builtins/index.js";
import { bind } from "./collections/bind.js";
import { TextWrapper } from "./textwrap/wrapper.js";

export { TextWrapper };

type StrMethod = (s: string, ...args: unknown[]) => unknown;
const splitlines = (strMethods as unknown as Record<string, StrMethod>).splitlines!;

function wrapper(args: unknown[], extra: Record<string, unknown> = {}): [unknown, TextWrapper] {
  const [positional, keywords] = splitKwargs(args);
  const [text, width, ...rest] = positional;
  const options = { ...keywords, ...extra };
  if (width !== undefined) options.width = width;
  return [text, new TextWrapper(...rest, new Kwargs(options))];
}

export function wrap(...args: unknown[]): string[] {
  const [text, w] = wrapper(args);
  return w.wrap(text);
}

export function fill(...args: unknown[]): string {
  const [text, w] = wrapper(args);
  return w.fill(text);
}

export function shorten(...args: unknown[]): string {
  const [text, w] = wrapper(args, { max_lines: 1 });
  return w.fill((text as string).trim().split(/\s+/).filter((s) => s !== "").join(" "));
}

const WHITESPACE_ONLY = /^[ \t]+$/gm;
const LEADING = /^([ \t]*)(?:[^ \t\n])/gm;

export function dedent(text: unknown): string {
  let s = (text as string).replace(WHITESPACE_ONLY, "");
  let margin: string | null = null;
  for (const m of s.matchAll(LEADING)) {
    const indent = m[1]!;
    if (margin === null) margin = indent;
    else if (indent.startsWith(margin)) continue;
    else if (margin.startsWith(indent)) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (margin) s = s.replace(new RegExp(`^${margin}`, "gm"), "");
  return s;
}

export function indent(...args: unknown[]): string {
  const [text, prefix, predicate] = bind("indent(text, prefix, predicate=)", args);
  const keep =
    predicate === undefined || predicate === null
      ? (line: string) => line.trim() !== ""
      : (line: string) => truth(callFunction(predicate, [line]));
  const lines = splitlines(text as string, true) as string[];
  return lines.map((line) => (keep(line) ? (prefix as string) + line : line)).join("");
}
