// Node system errors (err.code = "ENOENT", err.path) as Python OSErrors, with glibc's
// strerror text as CPython prints it ("[Errno 2] No such file or directory: 'x'").
import { constants } from "node:os";
import { OSError } from "./oserror.js";

const STRERROR: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  ESRCH: [3, "No such process"],
  EINTR: [4, "Interrupted system call"],
  EIO: [5, "Input/output error"],
  EBADF: [9, "Bad file descriptor"],
  ECHILD: [10, "No child processes"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  ENOMEM: [12, "Cannot allocate memory"],
  EACCES: [13, "Permission denied"],
  EEXIST: [17, "File exists"],
  EXDEV: [18, "Invalid cross-device link"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"],
  ENOSPC: [28, "No space left on device"],
  ESPIPE: [29, "Illegal seek"],
  EROFS: [30, "Read-only file system"],
  EPIPE: [32, "Broken pipe"],
  ENAMETOOLONG: [36, "File name too long"],
  ENOTEMPTY: [39, "Directory not empty"],
  ELOOP: [40, "Too many levels of symbolic links"],
  ENOTSUP: [95, "Operation not supported"],
  EADDRINUSE: [98, "Address already in use"],
  ECONNRESET: [104, "Connection reset by peer"],
  ETIMEDOUT: [110, "Connection timed out"],
  ECONNREFUSED: [111, "Connection refused"],
};

export function strerror(code: string): [number, string] | undefined {
  const known = STRERROR[code];
  if (!known) return undefined;
  const num = (constants.errno as Record<string, number | undefined>)[code] ?? known[0];
  return [num, known[1]];
}

// undefined when `e` is not a Node system error with a known code.
export function fromNodeSystemError(e: unknown): OSError | undefined {
  const err = e as NodeJS.ErrnoException & { dest?: unknown };
  if (!(e instanceof Error) || typeof err.code !== "string") return undefined;
  const known = strerror(err.code);
  if (!known) return undefined;
  const args: unknown[] = [known[0], known[1]];
  if (typeof err.path === "string") args.push(err.path);
  if (typeof err.dest === "string") args.push(null, err.dest);
  return new OSError(...args);
}
