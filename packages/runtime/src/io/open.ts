// The builtin open(): CPython's mode validation and messages, then a BufferedFile (binary) or
// a TextIOWrapper over one (text). Files are opened with node:fs flags matching CPython's
// os.open flags for each mode.
import { openSync, constants, fstatSync, closeSync } from "node:fs";
import { NotImplementedError, TypeError, ValueError, OSError } from "../builtins/exceptions.js";
import { strRepr } from "../builtins/repr.js";
import { strerror } from "../builtins/errno.js";
import { typeName } from "../builtins/typename.js";
import { encodeString } from "../builtins/codecs.js";
import { bindArguments, splitKwargs, type Signature } from "../builtins/call.js";
import { truth } from "../builtins/truth.js";
import { PyBytes } from "../builtins/bytes.js";
import { BufferedFile, BufferedRandom, BufferedReader, BufferedWriter, intArg, type RawOptions } from "./buffered.js";
import { TextIOWrapper } from "./text.js";
import { fsCall, fspath, fsString } from "./errors.js";
import { flushPendingWrites } from "./pending.js";

const OPEN_SIGNATURE: Signature = {
  name: "open",
  params: ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"].map((name, i) => ({
    name,
    kind: "positional" as const,
    hasDefault: i > 0,
  })),
};

// Argument Clinic's wording for open(), which differs from a Python function's.
function checkBuiltinArity(args: readonly unknown[]): void {
  const [positional, keywords] = splitKwargs(args);
  const names = OPEN_SIGNATURE.params.map((p) => p.name);
  for (const key of Object.keys(keywords)) {
    if (!names.includes(key)) throw new TypeError(`'${key}' is an invalid keyword argument for open()`);
  }
  const given = positional.length + Object.keys(keywords).length;
  if (given > names.length) throw new TypeError(`open() takes at most ${names.length} arguments (${given} given)`);
}

type Mode = { creating: boolean; reading: boolean; writing: boolean; appending: boolean; updating: boolean; binary: boolean };

function parseMode(mode: string): Mode {
  const m = { creating: false, reading: false, writing: false, appending: false, updating: false, text: false, binary: false };
  const flags: Record<string, keyof typeof m> = { x: "creating", r: "reading", w: "writing", a: "appending", "+": "updating", t: "text", b: "binary" };
  for (let i = 0; i < mode.length; i++) {
    const key = flags[mode[i]!];
    if (!key || mode.indexOf(mode[i]!, i + 1) >= 0) throw new ValueError(`invalid mode: '${mode}'`);
    m[key] = true;
  }
  if (m.text && m.binary) throw new ValueError("can't have text and binary mode at once");
  const kinds = Number(m.creating) + Number(m.reading) + Number(m.writing) + Number(m.appending);
  if (kinds > 1) throw new ValueError("must have exactly one of create/read/write/append mode");
  if (kinds === 0) throw new ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
  return m;
}

function rawMode(m: Mode): string {
  if (m.creating) return m.updating ? "xb+" : "xb";
  if (m.appending) return m.updating ? "ab+" : "ab";
  if (m.reading) return m.updating ? "rb+" : "rb";
  return m.updating ? "rb+" : "wb";
}

function fsFlags(m: Mode): number {
  const c = constants;
  let f = m.updating ? c.O_RDWR : m.reading ? c.O_RDONLY : c.O_WRONLY;
  if (m.creating) f |= c.O_CREAT | c.O_EXCL;
  if (m.writing) f |= c.O_CREAT | c.O_TRUNC;
  if (m.appending) f |= c.O_CREAT | c.O_APPEND;
  return f; // node opens every fd close-on-exec already
}

function optionalStr(v: unknown, what: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") throw new TypeError(`open() argument '${what}' must be str or None, not ${typeName(v)}`);
  return v;
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) */
export function open(...args: unknown[]): TextIOWrapper | BufferedFile {
  checkBuiltinArity(args);
  const [file, modeArg, buffering, encodingArg, errorsArg, newlineArg, closefdArg, opener] = bindArguments(OPEN_SIGNATURE, args);
  const path = fspath(file, { allowFd: true });
  const mode = modeArg === undefined ? "r" : modeArg;
  if (typeof mode !== "string") throw new TypeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  const bufferSize = buffering === undefined ? -1 : intArg(buffering);
  const encoding = optionalStr(encodingArg, "encoding");
  const errors = optionalStr(errorsArg, "errors");
  const newline = optionalStr(newlineArg, "newline");
  const closefd = closefdArg === undefined ? true : truth(closefdArg);
  if (opener !== undefined && opener !== null) throw new NotImplementedError("open(opener=...) is not supported by py2ts yet");
  // The codecs know these handlers only; any other would silently act like 'ignore'.
  if (errors !== null && !["strict", "ignore", "replace"].includes(errors)) {
    throw new NotImplementedError(`open(errors=${strRepr(errors)}) is not supported by py2ts yet`);
  }
  const m = parseMode(mode);
  if (m.binary && encoding !== null) throw new ValueError("binary mode doesn't take an encoding argument");
  if (m.binary && errors !== null) throw new ValueError("binary mode doesn't take an errors argument");
  if (m.binary && newline !== null) throw new ValueError("binary mode doesn't take a newline argument");
  if (!m.binary && bufferSize === 0) throw new ValueError("can't have unbuffered text I/O");
  if (!closefd && typeof path !== "number") throw new ValueError("Cannot use closefd=False with file name");
  if (encoding !== null) encodeString("", encoding); // LookupError for an unknown codec, as CPython
  flushPendingWrites();

  const fd = typeof path === "number" ? path : fsCall(() => openSync(fsString(path), fsFlags(m), 0o666), path);
  if (typeof path !== "number" && fsCall(() => fstatSync(fd)).isDirectory()) {
    closeSync(fd);
    const [errno, text] = strerror("EISDIR")!;
    throw new OSError(errno, text, path);
  }
  const raw: RawOptions = {
    fd,
    name: file instanceof PyBytes || typeof file !== "object" ? file : path, // a PathLike shows as its fspath
    mode: rawMode(m),
    readable: m.reading || m.updating,
    writable: !m.reading || m.updating,
    appending: m.appending,
    closefd,
  };
  const Cls = m.updating ? BufferedRandom : m.reading ? BufferedReader : BufferedWriter;
  const buffer = new Cls(raw);
  if (m.binary) return buffer;
  if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) {
    buffer.close();
    throw new ValueError(`illegal newline value: ${newline}`);
  }
  return new TextIOWrapper(buffer, { mode, encoding: encoding ?? "UTF-8", errors: errors ?? "strict", newline });
}

// repr(open) is "<built-in function open>", as for CPython's builtin.
Object.defineProperty(open, "__builtin__", { value: true });
