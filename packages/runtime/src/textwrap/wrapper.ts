// textwrap.TextWrapper, following Lib/textwrap.py step by step: whitespace munging, the same
// chunking regex (hyphenated words, em-dashes), and _wrap_chunks with max_lines/placeholder.
// Lengths and slices count code points, as Python's len() does.
import { PyObject, ValueError, strMethods, truth } from "../builtins/index.js";
import { bind, nameClass } from "../collections/bind.js";

const WS = "[\\t\\n\\x0b\\x0c\\r ]";
const NWS = "[^\\t\\n\\x0b\\x0c\\r ]";
const WORD = "[\\p{L}\\p{N}_]";
const WORD_PUNCT = `[\\p{L}\\p{N}_!"'&.,?]`;
const LETTER = "[\\p{L}_]";
const WORDSEP = new RegExp(
  `(${WS}+|(?<=${WORD_PUNCT})-{2,}(?=${WORD})|${NWS}+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})|(?=${WS}|$)|(?<=${WORD_PUNCT})(?=-{2,}${WORD})))`,
  "u",
);
const WORDSEP_SIMPLE = new RegExp(`(${WS}+)`, "u");
const SENTENCE_END = /[a-z][.!?]["']?$/;

const cpLen = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
const cpSlice = (s: string, start: number, end?: number): string => [...s].slice(start, end).join("");
const isBlank = (s: string): boolean => s.trim() === "";

type StrMethod = (s: string, ...args: unknown[]) => unknown;
const expandtabs = (strMethods as unknown as Record<string, StrMethod>).expandtabs!;

const SIGNATURE =
  "TextWrapper(width=, initial_indent=, subsequent_indent=, expand_tabs=, replace_whitespace=, fix_sentence_endings=, break_long_words=, drop_whitespace=, break_on_hyphens=, tabsize=, *, max_lines=, placeholder=)";

export class TextWrapper extends PyObject {
  declare width: number;
  declare initial_indent: string;
  declare subsequent_indent: string;
  declare expand_tabs: boolean;
  declare replace_whitespace: boolean;
  declare fix_sentence_endings: boolean;
  declare break_long_words: boolean;
  declare drop_whitespace: boolean;
  declare break_on_hyphens: boolean;
  declare tabsize: number;
  declare max_lines: number | null;
  declare placeholder: string;

  override __init__(...args: unknown[]): void {
    const [width, initial, subsequent, expand, replace, fix, breakLong, drop, hyphens, tabsize, maxLines, placeholder] = bind(SIGNATURE, args);
    const flag = (v: unknown, dflt: boolean) => (v === undefined ? dflt : truth(v));
    this.width = width === undefined ? 70 : Number(width);
    this.initial_indent = (initial as string | undefined) ?? "";
    this.subsequent_indent = (subsequent as string | undefined) ?? "";
    this.expand_tabs = flag(expand, true);
    this.replace_whitespace = flag(replace, true);
    this.fix_sentence_endings = flag(fix, false);
    this.break_long_words = flag(breakLong, true);
    this.drop_whitespace = flag(drop, true);
    this.break_on_hyphens = flag(hyphens, true);
    this.tabsize = tabsize === undefined ? 8 : Number(tabsize);
    this.max_lines = maxLines === undefined || maxLines === null ? null : Number(maxLines);
    this.placeholder = (placeholder as string | undefined) ?? " [...]";
  }

  private munge(text: string): string {
    if (this.expand_tabs) text = expandtabs(text, this.tabsize) as string;
    if (this.replace_whitespace) text = text.replace(/[\t\n\x0b\x0c\r]/g, " ");
    return text;
  }

  private split(text: string): string[] {
    return text.split(this.break_on_hyphens ? WORDSEP : WORDSEP_SIMPLE).filter((c) => c !== undefined && c !== "");
  }

  private fixSentenceEndings(chunks: string[]): void {
    let i = 0;
    while (i < chunks.length - 1) {
      if (chunks[i + 1] === " " && SENTENCE_END.test(chunks[i]!)) {
        chunks[i + 1] = "  ";
        i += 2;
      } else i++;
    }
  }

  private handleLongWord(reversed: string[], curLine: string[], curLen: number, width: number): void {
    const spaceLeft = width < 1 ? 1 : width - curLen;
    if (this.break_long_words) {
      let end = spaceLeft;
      const chunk = reversed[reversed.length - 1]!;
      if (this.break_on_hyphens && cpLen(chunk) > spaceLeft) {
        const hyphen = cpSlice(chunk, 0, spaceLeft).lastIndexOf("-");
        if (hyphen > 0 && [...cpSlice(chunk, 0, hyphen)].some((c) => c !== "-")) end = hyphen + 1;
      }
      curLine.push(cpSlice(chunk, 0, end));
      reversed[reversed.length - 1] = cpSlice(chunk, end);
    } else if (curLine.length === 0) {
      curLine.push(reversed.pop()!);
    }
  }

  private wrapChunks(chunks: string[]): string[] {
    const lines: string[] = [];
    if (this.width <= 0) throw new ValueError(`invalid width ${this.width} (must be > 0)`);
    if (this.max_lines !== null) {
      const indent = this.max_lines > 1 ? this.subsequent_indent : this.initial_indent;
      if (cpLen(indent) + cpLen(this.placeholder.trimStart()) > this.width) throw new ValueError("placeholder too large for max width");
    }
    chunks.reverse();
    const last = () => chunks[chunks.length - 1]!;
    while (chunks.length > 0) {
      const curLine: string[] = [];
      let curLen = 0;
      const indent = lines.length > 0 ? this.subsequent_indent : this.initial_indent;
      const width = this.width - cpLen(indent);
      if (this.drop_whitespace && isBlank(last()) && lines.length > 0) chunks.pop();
      while (chunks.length > 0) {
        const l = cpLen(last());
        if (curLen + l > width) break;
        curLine.push(chunks.pop()!);
        curLen += l;
      }
      if (chunks.length > 0 && cpLen(last()) > width) {
        this.handleLongWord(chunks, curLine, curLen, width);
        curLen = curLine.reduce((n, c) => n + cpLen(c), 0);
      }
      if (this.drop_whitespace && curLine.length > 0 && isBlank(curLine[curLine.length - 1]!)) {
        curLen -= cpLen(curLine.pop()!);
      }
      if (curLine.length === 0) continue;
      const fitsAll =
        this.max_lines === null ||
        lines.length + 1 < this.max_lines ||
        ((chunks.length === 0 || (this.drop_whitespace && chunks.length === 1 && isBlank(chunks[0]!))) && curLen <= width);
      if (fitsAll) {
        lines.push(indent + curLine.join(""));
        continue;
      }
      let placed = false;
      while (curLine.length > 0) {
        if (!isBlank(curLine[curLine.length - 1]!) && curLen + cpLen(this.placeholder) <= width) {
          curLine.push(this.placeholder);
          lines.push(indent + curLine.join(""));
          placed = true;
          break;
        }
        curLen -= cpLen(curLine.pop()!);
      }
      if (!placed) {
        if (lines.length > 0) {
          const prev = lines[lines.length - 1]!.trimEnd();
          if (cpLen(prev) + cpLen(this.placeholder) <= this.width) {
            lines[lines.length - 1] = prev + this.placeholder;
            break;
          }
        }
        lines.push(indent + this.placeholder.trimStart());
      }
      break;
    }
    return lines;
  }

  wrap(text: unknown): string[] {
    const chunks = this.split(this.munge(text as string));
    if (this.fix_sentence_endings) this.fixSentenceEndings(chunks);
    return this.wrapChunks(chunks);
  }

  fill(text: unknown): string {
    return this.wrap(text).join("\n");
  }
}
nameClass(TextWrapper, "TextWrapper", "textwrap");
