// Code-point counting over JS strings and UTF-8 chunk boundaries for the text layer.

export function codePointCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

// UTF-16 index just past `count` code points from `start`, or -1 if the string is shorter.
export function codePointEnd(s: string, start: number, count: number): number {
  let i = start;
  for (let k = 0; k < count; k++) {
    if (i >= s.length) return -1;
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

// Number of bytes at the end of `b` that start a UTF-8 sequence the chunk does not complete.
export function incompleteUtf8Tail(b: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const x = b[b.length - back]!;
    if ((x & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = x >= 0xf0 && x <= 0xf4 ? 4 : x >= 0xe0 ? 3 : x >= 0xc2 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

function normalizedEncoding(encoding: string): string {
  return encoding.toLowerCase().replace(/_/g, "-");
}

export function isUtf8(encoding: string): boolean {
  const e = normalizedEncoding(encoding);
  return e === "utf-8" || e === "utf8" || e === "u8";
}

function isLatin1(encoding: string): boolean {
  const e = normalizedEncoding(encoding);
  return e === "latin-1" || e === "latin1" || e === "iso-8859-1" || e === "iso8859-1" || e === "l1";
}

/** Decoding that skips the byte-by-byte codec when the input is valid; the codec (which
 *  raises CPython's UnicodeDecodeError) handles everything else. */
export function fastDecode(bytes: Uint8Array, encoding: string, errors: string, slow: () => string): string {
  if (isUtf8(encoding) && errors === "strict") {
    try {
      return utf8Strict.decode(bytes);
    } catch {
      return slow();
    }
  }
  if (isLatin1(encoding)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  return slow();
}

const SURROGATE = /[\ud800-\udfff]/;

export function fastEncode(s: string, encoding: string, slow: () => Uint8Array): Uint8Array {
  if (isUtf8(encoding) && !SURROGATE.test(s)) return Buffer.from(s, "utf8");
  return slow();
}
