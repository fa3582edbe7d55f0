// Errors shared by the file classes: io.UnsupportedOperation, the closed-file ValueError, and
// Node system errors turned into CPython's OSError subclasses.
import { OSError, ValueError, TypeError } from "../builtins/exceptions.js";
import { fromNodeSystemError } from "../builtins/errno.js";
import { typeName } from "../builtins/typename.js";
import { PyBytes } from "../builtins/bytes.js";

// CPython's io.UnsupportedOperation derives from both OSError and ValueError; a JS class has
// one base, so `except ValueError` does not catch it here.
export class UnsupportedOperation extends OSError {
  static readonly __module__ = "io";
}

export function closedFile(): ValueError {
  return new ValueError("I/O operation on closed file.");
}

// Runs a node:fs call, rethrowing its system error as CPython's OSError for `filename`.
export function fsCall<T>(fn: () => T, filename?: unknown): T {
  try {
    return fn();
  } catch (e) {
    throw asOSError(e, filename);
  }
}

// A Node system error as CPython's OSError for `filename`; anything else unchanged.
export function asOSError(e: unknown, filename?: unknown): unknown {
  const err = fromNodeSystemError(e);
  if (!err) return e;
  if (filename !== undefined) err.filename = filename;
  return err;
}

// os.fspath: str and bytes pass, objects with __fspath__ are asked, anything else is refused.
export function fspath(p: unknown, options: { allowFd?: boolean } = {}): string | PyBytes | number {
  if (typeof p === "string" || p instanceof PyBytes) return p;
  if (options.allowFd && typeof p === "number" && Number.isInteger(p)) return p;
  const f = (p as { __fspath__?: unknown } | null)?.__fspath__;
  if (typeof f === "function" && p !== null && typeof p === "object") {
    const r = f.call(p);
    if (typeof r === "string" || r instanceof PyBytes) return r;
    throw new TypeError(`expected ${typeName(p)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  }
  const what = options.allowFd ? "str, bytes or os.PathLike object" : "str, bytes or os.PathLike object";
  throw new TypeError(`expected ${what}, not ${typeName(p)}`);
}

// A path as the string node:fs takes; bytes paths are decoded as UTF-8 (the fs encoding here).
export function fsString(p: string | PyBytes): string {
  return typeof p === "string" ? p : Buffer.from(p.bytes).toString("utf8");
}
