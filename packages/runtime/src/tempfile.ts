// Python's tempfile as CPython 3.11 on Linux: names are "tmp" + 8 random characters from
// [a-z0-9_], directories are made 0o700 and files 0o600, always with O_EXCL.
import { closeSync, constants, mkdirSync, openSync, unlinkSync, accessSync } from "node:fs";
import { nodeCrypto } from "./host/node-modules.js";
import { FileExistsError, OSError } from "./builtins/oserror.js";
import { FileNotFoundError } from "./builtins/oserror.js";
import { TypeError } from "./builtins/exceptions.js";
import { PyTuple } from "./builtins/tuple.js";
import { strRepr } from "./builtins/repr.js";
import { truth } from "./builtins/truth.js";
import { bindArguments } from "./builtins/call.js";
import { signatureFromText } from "./builtins/lowering.js";
import { typeName } from "./builtins/typename.js";
import { fspath } from "./io/errors.js";
import { open } from "./io/open.js";
import type { TextIOWrapper } from "./io/text.js";
import type { BufferedFile } from "./io/buffered.js";
import { abspath, join } from "./os/path.js";
import { osCall } from "./os/files.js";
import { rmtree } from "./shutil.js";

const CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_";
const TMP_MAX = 10000;
export const template = "tmp";
let cachedTempdir: string | null = null;

function randomName(): string {
  let s = "";
  for (let i = 0; i < 8; i++) s += CHARS[nodeCrypto().randomInt(CHARS.length)];
  return s;
}

function candidates(): string[] {
  const dirs: string[] = [];
  for (const name of ["TMPDIR", "TEMP", "TMP"]) {
    const v = process.env[name];
    if (v) dirs.push(v);
  }
  dirs.push("/tmp", "/var/tmp", "/usr/tmp", process.cwd());
  return dirs;
}

/** gettempdir(): the first candidate directory we can create a file in, then cached. */
export function gettempdir(): string {
  if (cachedTempdir !== null) return cachedTempdir;
  for (const candidate of candidates()) {
    const dir = candidate === "." ? candidate : (abspath(candidate) as string);
    try {
      accessSync(dir, constants.W_OK);
      cachedTempdir = dir;
      return dir;
    } catch {
      // Not usable: try the next one, as _get_default_tempdir does.
    }
  }
  throw new FileNotFoundError(2, `No usable temporary directory found in ${strRepr(candidates().join(", "))}`);
}

export function gettempprefix(): string {
  return template;
}

type Parts = { prefix: string; suffix: string; dir: string };

function parts(suffix: unknown, prefix: unknown, dir: unknown): Parts {
  const str = (v: unknown, what: string, dflt: string): string => {
    if (v === undefined || v === null) return dflt;
    if (typeof v !== "string") throw new TypeError(`py2ts: tempfile ${what} must be str, not ${typeName(v)}`);
    return v;
  };
  return {
    suffix: str(suffix, "suffix", ""),
    prefix: str(prefix, "prefix", template),
    dir: dir === undefined || dir === null ? gettempdir() : String(fspath(dir)),
  };
}

// Tries fresh names until one is created (EEXIST means someone else has it), as _mkstemp_inner.
function createUnique<T>(p: Parts, make: (path: string) => T): [string, T] {
  for (let i = 0; i < TMP_MAX; i++) {
    const path = join(p.dir, p.prefix + randomName() + p.suffix) as string;
    try {
      return [path, osCall(() => make(path), path)];
    } catch (e) {
      if (e instanceof FileExistsError) continue;
      throw e;
    }
  }
  throw new FileExistsError(17, "No usable temporary file name found");
}

const MKDTEMP = signatureFromText("mkdtemp(suffix=, prefix=, dir=)");
const MKSTEMP = signatureFromText("mkstemp(suffix=, prefix=, dir=, text=)");

export function mkdtemp(...args: unknown[]): string {
  const [suffix, prefix, dir] = bindArguments(MKDTEMP, args);
  return createUnique(parts(suffix, prefix, dir), (path) => mkdirSync(path, { mode: 0o700 }))[0];
}

/** mkstemp(): (fd, path) of a new file opened read-write; the caller closes and removes it. */
export function mkstemp(...args: unknown[]): PyTuple<number | string> {
  const [suffix, prefix, dir] = bindArguments(MKSTEMP, args);
  const [path, fd] = createUnique(parts(suffix, prefix, dir), (p) =>
    openSync(p, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o600),
  );
  return PyTuple.of(fd, path);
}

export function mktemp(...args: unknown[]): string {
  const [suffix, prefix, dir] = bindArguments(signatureFromText("mktemp(suffix=, prefix=, dir=)"), args);
  const p = parts(suffix, prefix, dir);
  return join(p.dir, p.prefix + randomName() + p.suffix) as string;
}

const TEMPDIR = signatureFromText("TemporaryDirectory(suffix=, prefix=, dir=, ignore_cleanup_errors=)");

/** TemporaryDirectory: `with TemporaryDirectory() as d` binds the path; the tree goes at exit. */
export class TemporaryDirectory {
  static readonly __module__ = "tempfile";
  readonly name: string;
  private readonly ignoreErrors: boolean;
  private removed = false;

  constructor(...args: unknown[]) {
    const [suffix, prefix, dir, ignore] = bindArguments(TEMPDIR, args);
    this.name = mkdtemp(suffix ?? null, prefix ?? null, dir ?? null);
    this.ignoreErrors = ignore !== undefined && truth(ignore);
  }

  __enter__(): string {
    return this.name;
  }
  __exit__(): boolean {
    this.cleanup();
    return false;
  }
  cleanup(): null {
    if (this.removed) return null;
    this.removed = true;
    try {
      rmtree(this.name);
    } catch (e) {
      if (!(this.ignoreErrors && e instanceof OSError)) throw e;
    }
    return null;
  }
  __repr__(): string {
    return `<TemporaryDirectory ${strRepr(this.name)}>`;
  }
}

const NAMED = signatureFromText("NamedTemporaryFile(mode=, buffering=, encoding=, newline=, suffix=, prefix=, dir=, delete=, *, errors=)");
type File = TextIOWrapper | BufferedFile;

/** What NamedTemporaryFile returns: the open file, its path as `name`, removed at close when
 *  delete=True. File methods are forwarded. */
export class _TemporaryFileWrapper {
  static readonly __module__ = "tempfile";
  private deleted = false;
  constructor(
    readonly file: File,
    readonly name: string,
    readonly delete_: boolean,
  ) {}

  get closed(): boolean {
    return this.file.closed;
  }
  get mode(): unknown {
    return (this.file as { mode?: unknown }).mode;
  }
  write(data: unknown): number {
    return (this.file as { write(d: unknown): number }).write(data);
  }
  writelines(lines: unknown): unknown {
    return (this.file as unknown as { writelines(l: unknown): unknown }).writelines(lines);
  }
  read(...args: unknown[]): unknown {
    return (this.file as unknown as { read(...a: unknown[]): unknown }).read(...args);
  }
  readline(...args: unknown[]): unknown {
    return (this.file as unknown as { readline(...a: unknown[]): unknown }).readline(...args);
  }
  readlines(...args: unknown[]): unknown {
    return (this.file as unknown as { readlines(...a: unknown[]): unknown }).readlines(...args);
  }
  seek(...args: unknown[]): unknown {
    return (this.file as unknown as { seek(...a: unknown[]): unknown }).seek(...args);
  }
  tell(): unknown {
    return this.file.tell();
  }
  truncate(...args: unknown[]): unknown {
    return (this.file as unknown as { truncate(...a: unknown[]): unknown }).truncate(...args);
  }
  flush(): unknown {
    return this.file.flush();
  }
  fileno(): number {
    return this.file.fileno();
  }
  [Symbol.iterator](): Iterator<unknown> {
    return (this.file as unknown as Iterable<unknown>)[Symbol.iterator]();
  }
  close(): null {
    try {
      this.file.close();
    } finally {
      if (this.delete_ && !this.deleted) {
        this.deleted = true;
        try {
          unlinkSync(this.name);
        } catch {
          // Already gone: CPython ignores FileNotFoundError here.
        }
      }
    }
    return null;
  }
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
}

export function NamedTemporaryFile(...args: unknown[]): _TemporaryFileWrapper {
  const [mode, buffering, encoding, newline, suffix, prefix, dir, del, errors] = bindArguments(NAMED, args);
  const [path, fd] = createUnique(parts(suffix, prefix, dir), (p) =>
    openSync(p, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o600),
  );
  closeSync(fd);
  let file: File;
  try {
    file = open(path, mode ?? "w+b", buffering ?? -1, encoding ?? null, errors ?? null, newline ?? null);
  } catch (e) {
    unlinkSync(path);
    throw e;
  }
  return new _TemporaryFileWrapper(file, path, del === undefined || truth(del));
}

/** TemporaryFile: a file with no name left on disk (unlinked at once). */
export function TemporaryFile(...args: unknown[]): File {
  const [mode, buffering, encoding, newline, suffix, prefix, dir, errors] = bindArguments(
    signatureFromText("TemporaryFile(mode=, buffering=, encoding=, newline=, suffix=, prefix=, dir=, *, errors=)"),
    args,
  );
  const [path, fd] = createUnique(parts(suffix, prefix, dir), (p) =>
    openSync(p, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL, 0o600),
  );
  unlinkSync(path);
  try {
    return open(fd, mode ?? "w+b", buffering ?? -1, encoding ?? null, errors ?? null, newline ?? null);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

export const tempdir: string | null = null;

