// Python's sys module: argv, exit, the std streams, and facts about the interpreter we stand in
// for (CPython 3.11 on Linux). `executable` is the node binary actually running the program.
import { SystemExit, TypeError } from "./builtins/exceptions.js";
import { stderr, stdout, sysStreams } from "./builtins/stdio.js";
import { PyTuple } from "./builtins/tuple.js";
import { processArgv } from "./multiprocessing/spawn.js";

export { stdout, stderr, sysStreams };

/** sys.argv: the script path, then its arguments (children see their parent's). */
export const argv: string[] = [...processArgv()];

export function exit(...args: unknown[]): never {
  if (args.length > 1) throw new TypeError(`exit expected at most 1 argument, got ${args.length}`);
  throw args.length === 0 ? new SystemExit() : new SystemExit(args[0]);
}

export const platform = "linux";
export const byteorder = "little";
export const maxsize = 9223372036854775807n;
export const executable = process.execPath;
export const version = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";

/** sys.version_info: a tuple that also has named fields. */
export class VersionInfo extends PyTuple<string | number> {
  get major(): number {
    return this[0] as number;
  }
  get minor(): number {
    return this[1] as number;
  }
  get micro(): number {
    return this[2] as number;
  }
  get releaselevel(): string {
    return this[3] as string;
  }
  get serial(): number {
    return this[4] as number;
  }
  __repr__(): string {
    return "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)";
  }
}

export const version_info = (() => {
  const info = new VersionInfo();
  for (const item of [3, 11, 7, "final", 0]) Array.prototype.push.call(info, item);
  return Object.freeze(info);
})();
