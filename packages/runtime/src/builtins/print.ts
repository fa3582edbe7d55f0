// print(): sep/end/file/flush as in Python. Keyword forms come as printWith(options, …) from
// the transpiler, or as a trailing Kwargs from dynamic calls.
import { TypeError } from "./exception-classes.js";
import { splitKwargs } from "./call.js";
import { str } from "./repr.js";
import { sysStreams } from "./stdio.js";
import { typeName } from "./typename.js";

type Writable = { write(s: string): unknown; flush?(): unknown };
// Python passes anything; checkSep and the file lookup raise CPython's TypeErrors.
export type PrintOptions = { sep?: unknown; end?: unknown; file?: unknown; flush?: unknown };

export function print(...values: unknown[]): void {
  const [positional, keywords] = splitKwargs(values);
  for (const name of Object.keys(keywords)) {
    if (!["sep", "end", "file", "flush"].includes(name)) {
      throw new TypeError(`'${name}' is an invalid keyword argument for print()`);
    }
  }
  printWith(keywords as PrintOptions, ...positional);
}

function checkSep(name: string, v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "string") throw new TypeError(`${name} must be None or a string, not ${typeName(v)}`);
  return v;
}

export function printWith(options: PrintOptions, ...values: unknown[]): void {
  const sep = checkSep("sep", options.sep) ?? " ";
  const end = checkSep("end", options.end) ?? "\n";
  const file = (options.file ?? sysStreams.stdout) as Writable;
  // Piece by piece as CPython's print does: a line-buffered stream flushes inside a value that
  // holds "\n", and a str() that raises leaves the earlier pieces written.
  values.forEach((v, i) => {
    if (i > 0) file.write(sep);
    file.write(str(v));
  });
  file.write(end);
  if (options.flush && typeof file.flush === "function") file.flush();
}
