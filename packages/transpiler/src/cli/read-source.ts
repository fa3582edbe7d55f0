// Reading a Python source file: missing paths, unreadable files and non-UTF-8 bytes become
// diagnostics, never crashes.

import { readFile } from "node:fs/promises";
import { fileNotFound, notUtf8, unreadableFile, type Diagnostic } from "../diagnostics/index.js";

export type SourceRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostic: Diagnostic };

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode strictly.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

export async function readSource(file: string): Promise<SourceRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { ok: false, diagnostic: fileNotFound(file) };
    return { ok: false, diagnostic: unreadableFile(file, code === "EISDIR" ? "it is a directory" : (error as Error).message) };
  }
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    return { ok: false, diagnostic: notUtf8(file, firstInvalidUtf8(bytes)) };
  }
}
