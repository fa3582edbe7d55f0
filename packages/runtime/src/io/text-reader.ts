// The reading half of TextIOWrapper: decodes chunks of the buffer, finds lines by the newline
// mode, translates universal newlines, and records the newline kinds seen. Decoded text is kept
// untranslated so that the bytes not yet consumed can be counted back for tell().
import { PyBytes } from "../builtins/bytes.js";
import { PyTuple } from "../builtins/tuple.js";
import { decodeBytes } from "../builtins/codecs.js";
import { BufferedFile, CHUNK } from "./buffered.js";
import { codePointEnd, fastDecode, incompleteUtf8Tail, isUtf8 } from "./text-util.js";

const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

export type ReaderOptions = { readonly encoding: string; readonly errors: string; readonly newline: string | null };

export class TextReader {
  private dec = ""; // decoded, untranslated, from index `di` on not yet consumed
  private di = 0;
  private carry = new Uint8Array(0); // an incomplete UTF-8 sequence at the end of the last chunk
  private eof = false;
  private seen = 0;
  private crPending = false;
  private chunkStart = 0; // byte offset where the text being consumed was decoded from
  private readonly utf8: boolean;

  constructor(
    private readonly buffer: BufferedFile,
    private readonly options: ReaderOptions,
  ) {
    this.utf8 = isUtf8(options.encoding);
  }

  get newlines(): string | PyTuple | null {
    const kinds: string[] = [];
    if (this.seen & SEEN_CR) kinds.push("\r");
    if (this.seen & SEEN_LF) kinds.push("\n");
    if (this.seen & SEEN_CRLF) kinds.push("\r\n");
    if (kinds.length === 0) return null;
    return kinds.length === 1 ? kinds[0]! : PyTuple.fromIterable(kinds);
  }

  /** Read-ahead decoded (or half-decoded) but not yet returned, in bytes. */
  pendingBytes(): number {
    const rest = this.dec.slice(this.di);
    const n = this.utf8 ? Buffer.byteLength(rest, "utf8") : rest.length;
    return n + this.carry.length;
  }

  /** Called by tell(): CPython rebuilds the decoder from its snapshot there, and a snapshot at
   *  offset 0 is rebuilt by decoder.reset(), which forgets the newline kinds seen. */
  noteTell(): void {
    if (this.chunkStart === 0 && this.di > 0 && this.dec.length > this.di) this.seen = 0;
  }

  reset(options: { forgetNewlines: boolean } = { forgetNewlines: false }): void {
    this.dec = "";
    this.di = 0;
    this.carry = new Uint8Array(0);
    this.eof = false;
    this.crPending = false;
    if (options.forgetNewlines) this.seen = 0;
  }

  private decode(bytes: Uint8Array, final: boolean): string {
    let all = bytes;
    if (this.carry.length > 0) {
      all = new Uint8Array(this.carry.length + bytes.length);
      all.set(this.carry);
      all.set(bytes, this.carry.length);
    }
    const cut = final || !this.utf8 ? all.length : all.length - incompleteUtf8Tail(all);
    this.carry = all.slice(cut);
    const chunk = all.subarray(0, cut);
    const { encoding, errors } = this.options;
    const text = fastDecode(chunk, encoding, errors, () => decodeBytes(new PyBytes(chunk), encoding, errors));
    // Like CPython's newline decoder, hold back a final '\r' until the next chunk shows
    // whether a '\n' follows.
    let scan = this.crPending ? "\r" + text : text;
    this.crPending = !final && scan.endsWith("\r");
    if (this.crPending) scan = scan.slice(0, -1);
    this.noteNewlines(scan);
    return text;
  }

  // Decodes one more chunk. False once nothing more can come: at end of file, after the first
  // call that found it (which may still settle a trailing '\r').
  private fill(): boolean {
    if (this.di >= this.dec.length) this.chunkStart = this.buffer.tell() - this.carry.length;
    const bytes = this.buffer.read1(CHUNK);
    if (bytes.length === 0) {
      const wasEof = this.eof;
      this.eof = true;
      const tail = this.decode(new Uint8Array(0), true);
      this.dec = this.dec.slice(this.di) + tail;
      this.di = 0;
      return tail.length > 0 || !wasEof;
    }
    this.eof = false;
    this.dec = this.dec.slice(this.di) + this.decode(bytes, false);
    this.di = 0;
    return true;
  }

  private translate(s: string): string {
    if (this.options.newline !== null) return s;
    return s.replace(/\r\n?/g, "\n");
  }

  // CPython's newline decoder records the kinds it meets as each chunk is decoded, not as
  // lines are returned.
  private noteNewlines(s: string): void {
    if (this.options.newline !== null) return;
    for (const m of s.matchAll(/\r\n|\r|\n/g)) this.seen |= m[0] === "\r\n" ? SEEN_CRLF : m[0] === "\r" ? SEEN_CR : SEEN_LF;
  }

  // Index and length of the next line terminator at or after `from`, or undefined when more
  // text is needed to decide (none yet, or a '\r' that a '\n' may follow).
  private findTerminator(from: number): [number, number] | undefined {
    const nl = this.options.newline;
    const s = this.dec;
    if (nl === null || nl === "") {
      const m = /[\r\n]/g;
      m.lastIndex = from;
      const hit = m.exec(s);
      if (!hit) return undefined;
      if (hit[0] === "\r") {
        if (hit.index + 1 < s.length) return [hit.index, s[hit.index + 1] === "\n" ? 2 : 1];
        return this.eof ? [hit.index, 1] : undefined;
      }
      return [hit.index, 1];
    }
    const at = s.indexOf(nl, from);
    return at >= 0 ? [at, nl.length] : undefined;
  }

  /** One line (at most `limit` code points when limit ≥ 0), translated; '' at end of file. */
  takeLine(limit: number): string {
    for (;;) {
      const found = this.findTerminator(this.di);
      if (found) {
        const [at, len] = found;
        const content = this.dec.slice(this.di, at);
        const raw = this.dec.slice(this.di, at + len);
        if (limit >= 0) {
          const ending = this.options.newline === null ? "\n" : raw.slice(content.length);
          const cut = codePointEnd(content + ending, 0, limit);
          if (cut >= 0 && cut < content.length + ending.length) {
            this.di += cut;
            return raw.slice(0, cut);
          }
        }
        this.di = at + len;
        return this.translate(raw);
      }
      if (limit >= 0) {
        const cut = codePointEnd(this.dec, this.di, limit);
        if (cut >= 0 && !(this.options.newline === null && this.dec[cut - 1] === "\r")) {
          const part = this.dec.slice(this.di, cut);
          this.di = cut;
          return part;
        }
      }
      if (!this.fill()) {
        const rest = this.dec.slice(this.di);
        this.di = this.dec.length;
        return this.translate(rest);
      }
    }
  }

  /** Everything up to end of file, translated. */
  readRest(): string {
    const rest = this.dec.slice(this.di) + this.decode(this.buffer.readAll(), true);
    this.reset();
    return this.translate(rest);
  }
}
