// Python's pathlib on POSIX: Path() makes a PosixPath, as in CPython 3.11. The pure operations
// live in pathlib/pure.ts; this file does the filesystem calls, synchronously.
import { lstatSync, mkdirSync, readlinkSync, renameSync, rmdirSync, statSync, unlinkSync, openSync, closeSync, utimesSync } from "node:fs";
import { homedir, constants } from "node:os";
import { RuntimeError, TypeError } from "./builtins/exceptions.js";
import { FileNotFoundError, OSError } from "./builtins/oserror.js";
import { PyBytes } from "./builtins/bytes.js";
import { typeName } from "./builtins/typename.js";
import { truth } from "./builtins/truth.js";
import { bindArguments, Kwargs, type Signature } from "./builtins/call.js";
import { repr } from "./builtins/repr.js";
import { asOSError, fsCall, fspath } from "./io/errors.js";
import { flushPendingWrites } from "./io/pending.js";
import { open as openFile } from "./io/open.js";
import type { TextIOWrapper } from "./io/text.js";
import type { BufferedFile } from "./io/buffered.js";
import { realpath, expanduser, samefile } from "./os/path.js";
import { PurePath, PurePosixPath, PathParents } from "./pathlib/pure.js";
import { stat as statPath } from "./os/posixpath/stat.js";
import type { stat_result } from "./os/posixpath/stat-result.js";
import { glob as globFrom, listDir } from "./pathlib/glob.js";

export { PurePath, PurePosixPath, PathParents };

function sig(name: string, positional: [string, boolean][], keywordOnly: [string, boolean][] = []): Signature {
  return {
    name,
    params: [
      ...positional.map(([n, d]) => ({ name: n, kind: "positional" as const, hasDefault: d })),
      ...keywordOnly.map(([n, d]) => ({ name: n, kind: "keyword-only" as const, hasDefault: d })),
    ],
  };
}

const ELOOP = constants.errno.ELOOP;

function flag(v: unknown, dflt: boolean): boolean {
  return v === undefined ? dflt : truth(v);
}

// Predicates answer False for a missing file or a bad name, as CPython's _ignore_error allows.
function statQuietly(path: string, options: { follow: boolean }) {
  flushPendingWrites();
  try {
    return options.follow ? statSync(path) : lstatSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EBADF" || code === "ELOOP") return undefined;
    throw asOSError(e, path);
  }
}

export class Path extends PurePosixPath {
  constructor(...args: unknown[]) {
    if (new.target === Path) return new PosixPath(...args);
    super(...args);
  }

  static cwd(): Path {
    return new PosixPath(process.cwd());
  }
  static home(): Path {
    return new PosixPath(process.env.HOME ?? homedir());
  }

  private get s(): string {
    return this.__str__();
  }

  exists(): boolean {
    return statQuietly(this.s, { follow: true }) !== undefined;
  }
  is_file(): boolean {
    return statQuietly(this.s, { follow: true })?.isFile() ?? false;
  }
  is_dir(): boolean {
    return statQuietly(this.s, { follow: true })?.isDirectory() ?? false;
  }
  is_symlink(): boolean {
    return statQuietly(this.s, { follow: false })?.isSymbolicLink() ?? false;
  }
  stat(...args: unknown[]): stat_result {
    const [follow] = bindArguments(sig("stat", [], [["follow_symlinks", true]]), args);
    return statPath(this, { follow: flag(follow, true) });
  }
  lstat(): stat_result {
    return statPath(this, { follow: false });
  }
  samefile(other: unknown): boolean {
    return samefile(this, other);
  }

  open(...args: unknown[]): TextIOWrapper | BufferedFile {
    const [mode, buffering, encoding, errors, newline] = bindArguments(
      sig("open", [["mode", true], ["buffering", true], ["encoding", true], ["errors", true], ["newline", true]]),
      args,
    );
    return openFile(this, mode ?? "r", buffering ?? -1, encoding ?? null, errors ?? null, newline ?? null);
  }

  read_text(...args: unknown[]): string {
    const [encoding, errors] = bindArguments(sig("read_text", [["encoding", true], ["errors", true]]), args);
    const f = openFile(this, "r", -1, encoding ?? null, errors ?? null) as TextIOWrapper;
    try {
      return f.read();
    } finally {
      f.close();
    }
  }
  read_bytes(): PyBytes {
    const f = openFile(this, "rb") as BufferedFile;
    try {
      return f.read();
    } finally {
      f.close();
    }
  }
  write_text(...args: unknown[]): number {
    const [data, encoding, errors, newline] = bindArguments(
      sig("write_text", [["data", false], ["encoding", true], ["errors", true], ["newline", true]]),
      args,
    );
    if (typeof data !== "string") throw new TypeError(`data must be str, not ${typeName(data)}`);
    const f = openFile(this, "w", -1, encoding ?? null, errors ?? null, newline ?? null) as TextIOWrapper;
    try {
      return f.write(data);
    } finally {
      f.close();
    }
  }
  write_bytes(data: unknown): number {
    const f = openFile(this, "wb") as BufferedFile;
    try {
      return f.write(data);
    } finally {
      f.close();
    }
  }

  /** Children in os.listdir order (the OS's readdir order, not sorted). */
  *iterdir(): Generator<this> {
    flushPendingWrites();
    const entries = fsCall(() => listDir(this.s), this.s);
    for (const e of entries) yield this._fromParsed(this._root, [...this._parts, e.name]);
  }
  glob(pattern: unknown): Generator<this> {
    flushPendingWrites();
    return globFrom(this, String(fspath(pattern)), { recursive: false });
  }
  rglob(pattern: unknown): Generator<this> {
    flushPendingWrites();
    return globFrom(this, String(fspath(pattern)), { recursive: true });
  }

  mkdir(...args: unknown[]): null {
    const [mode, parents, existOk] = bindArguments(sig("mkdir", [["mode", true], ["parents", true], ["exist_ok", true]]), args);
    const m = mode === undefined ? 0o777 : Number(mode);
    try {
      fsCall(() => mkdirSync(this.s, { mode: m }), this.s);
    } catch (e) {
      if (e instanceof FileNotFoundError && flag(parents, false) && !this.parent.__eq__(this)) {
        (this.parent as Path).mkdir(m, true, true);
        (this as Path).mkdir(m, false, flag(existOk, false));
        return null;
      }
      if (e instanceof FileNotFoundError) throw e;
      if (!(e instanceof OSError) || !flag(existOk, false) || !this.is_dir()) throw e;
    }
    return null;
  }
  rmdir(): null {
    fsCall(() => rmdirSync(this.s), this.s);
    return null;
  }
  unlink(...args: unknown[]): null {
    const [missingOk] = bindArguments(sig("unlink", [["missing_ok", true]]), args);
    flushPendingWrites();
    try {
      fsCall(() => unlinkSync(this.s), this.s);
    } catch (e) {
      if (!(e instanceof FileNotFoundError) || !flag(missingOk, false)) throw e;
    }
    return null;
  }
  touch(...args: unknown[]): null {
    const [mode, existOk] = bindArguments(sig("touch", [["mode", true], ["exist_ok", true]]), args);
    if (flag(existOk, true)) {
      try {
        const now = new Date();
        utimesSync(this.s, now, now);
        return null;
      } catch {
        // Not there yet: create it below.
      }
    }
    const flags = flag(existOk, true) ? "a" : "ax";
    closeSync(fsCall(() => openSync(this.s, flags, mode === undefined ? 0o666 : Number(mode)), this.s));
    return null;
  }
  rename(target: unknown): Path {
    flushPendingWrites();
    const to = String(fspath(target));
    fsCall(() => renameSync(this.s, to), this.s);
    return new PosixPath(target);
  }
  replace(target: unknown): Path {
    return this.rename(target);
  }
  readlink(): this {
    return this._fromArgs([fsCall(() => readlinkSync(this.s), this.s)]);
  }

  absolute(): this {
    if (this.is_absolute()) return this;
    return this._fromArgs([process.cwd(), this]);
  }
  resolve(...args: unknown[]): this {
    const [strict] = bindArguments(sig("resolve", [["strict", true]]), args);
    const loop = (e: unknown): unknown =>
      e instanceof OSError && e.errno === ELOOP ? new RuntimeError(`Symlink loop from ${repr(e.filename)}`) : e;
    let s: string;
    try {
      s = realpath(this, new Kwargs({ strict: flag(strict, false) })) as string;
    } catch (e) {
      throw loop(e);
    }
    if (!flag(strict, false)) {
      try {
        statSync(s);
      } catch (e) {
        const err = loop(asOSError(e, s));
        if (err instanceof RuntimeError) throw err;
      }
    }
    return this._fromArgs([s]);
  }
  expanduser(): this {
    if (!this._root && this._parts[0]?.startsWith("~")) {
      const home = expanduser(this._parts[0]) as string;
      if (home.startsWith("~")) throw new RuntimeError("Could not determine home directory.");
      return this._fromArgs([home, ...this._parts.slice(1)]);
    }
    return this;
  }
}

export class PosixPath extends Path {}
