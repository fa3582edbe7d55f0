// Popen's CPython 3.11 parameter list, and the options py2ts cannot honour on child_process:
// those raise rather than being silently ignored.
import { NotImplementedError, TypeError, ValueError } from "../builtins/exceptions.js";
import { truth } from "../builtins/truth.js";

export const POPEN_PARAMS: readonly string[] = [
  "self", "args", "bufsize=", "executable=", "stdin=", "stdout=", "stderr=", "preexec_fn=", "close_fds=",
  "shell=", "cwd=", "env=", "universal_newlines=", "startupinfo=", "creationflags=", "restore_signals=",
  "start_new_session=", "pass_fds=", "*", "user=", "group=", "extra_groups=", "encoding=", "errors=",
  "text=", "umask=", "pipesize=", "process_group=",
];

const isPresent = (v: unknown): boolean => v !== null && v !== undefined;

function unsupported(what: string): never {
  throw new NotImplementedError(`subprocess.Popen(${what}) is not supported by py2ts yet`);
}

export function checkUnsupported(o: Record<string, unknown>): void {
  const bufsize = o.bufsize;
  if (isPresent(bufsize) && typeof bufsize !== "number" && typeof bufsize !== "bigint" && typeof bufsize !== "boolean") {
    throw new TypeError("bufsize must be an integer");
  }
  if (isPresent(o.startupinfo)) throw new ValueError("startupinfo is only supported on Windows platforms");
  if (o.creationflags !== undefined && truth(o.creationflags)) throw new ValueError("creationflags is only supported on Windows platforms");
  if (isPresent(o.preexec_fn)) unsupported("preexec_fn=...");
  // Node closes every other descriptor in the child, which is close_fds=True.
  if (o.close_fds !== undefined && !truth(o.close_fds)) unsupported("close_fds=False");
  if (o.pass_fds !== undefined && truth(o.pass_fds)) unsupported("pass_fds=...");
  if (o.restore_signals !== undefined && !truth(o.restore_signals)) unsupported("restore_signals=False");
  if (o.start_new_session !== undefined && truth(o.start_new_session)) unsupported("start_new_session=True");
  for (const name of ["user", "group", "extra_groups", "process_group"]) {
    if (isPresent(o[name])) unsupported(`${name}=...`);
  }
  if (isPresent(o.umask) && o.umask !== -1) unsupported("umask=...");
  if (isPresent(o.pipesize) && o.pipesize !== -1) unsupported("pipesize=...");
}
