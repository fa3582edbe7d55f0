// Offsets → 1-based line and column. Spans hold UTF-16 offsets; columns are counted in code
// points (as a reader counts characters), and lines end at \n, \r\n or \r as Python reads them.

export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** The start offset of every line of one source text, built once for many lookups. */
export class LineTable {
  private readonly starts: number[] = [0];

  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) {
      const ch = source.charCodeAt(i);
      if (ch === 0x0d && source.charCodeAt(i + 1) === 0x0a) continue; // \r\n ends at the \n
      if (ch === 0x0a || ch === 0x0d) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and code-point column of a UTF-16 offset (clamped to the text). */
  lookup(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.source.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    const lineStart = this.starts[low];
    return { line: low + 1, column: countCodePoints(this.source, lineStart, clamped) + 1 };
  }

  /** The text of a 1-based line, without its terminator. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] : this.source.length;
    return this.source.slice(start, next).replace(/\r?\n$|\r$/, "");
  }

  lineStart(line: number): number {
    return this.starts[line - 1];
  }
}

export function lineColumn(source: string, offset: number): LineColumn {
  return new LineTable(source).lookup(offset);
}

export function countCodePoints(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
