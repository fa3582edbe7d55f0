// Levels and LogRecord, as CPython's Lib/logging/__init__.py defines them.
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { PyTuple } from "../builtins/tuple.js";
import { PyFloat } from "../builtins/float.js";
import { PyDict, isDict } from "../builtins/dict.js";
import { percentFormat } from "../builtins/percent.js";
import { repr, str } from "../builtins/repr.js";
// pids.ts, not os.js: os (files, scandir, os.path) is not loaded for logging's sake.
import { currentPid } from "../multiprocessing/pids.js";
import { current_process } from "../multiprocessing/process.js";
import { current_thread, get_ident } from "../threading/thread.js";

export const CRITICAL = 50;
export const FATAL = CRITICAL;
export const ERROR = 40;
export const WARNING = 30;
export const WARN = WARNING;
export const INFO = 20;
export const DEBUG = 10;
export const NOTSET = 0;

const levelToName = new Map<number, string>([
  [CRITICAL, "CRITICAL"], [ERROR, "ERROR"], [WARNING, "WARNING"], [INFO, "INFO"], [DEBUG, "DEBUG"], [NOTSET, "NOTSET"],
]);
const nameToLevel = new Map<string, number>([
  ["CRITICAL", CRITICAL], ["FATAL", FATAL], ["ERROR", ERROR], ["WARN", WARNING], ["WARNING", WARNING], ["INFO", INFO],
  ["DEBUG", DEBUG], ["NOTSET", NOTSET],
]);

export function getLevelName(level: unknown): unknown {
  if (typeof level === "number") {
    const n = levelToName.get(level);
    if (n !== undefined) return n;
  }
  if (typeof level === "string") {
    const l = nameToLevel.get(level);
    if (l !== undefined) return l;
  }
  return `Level ${str(level)}`;
}

export function addLevelName(level: number, levelName: string): void {
  levelToName.set(level, levelName);
  nameToLevel.set(levelName, level);
}

export function getLevelNamesMapping(): PyDict {
  return new PyDict([...nameToLevel]);
}

export function checkLevel(level: unknown): number {
  if (typeof level === "number" && Number.isInteger(level)) return level;
  if (typeof level === "boolean") return level ? 1 : 0;
  if (typeof level === "string") {
    const l = nameToLevel.get(level);
    if (l === undefined) throw new ValueError(`Unknown level: ${repr(level)}`);
    return l;
  }
  throw new TypeError(`Level not an integer or a valid string: ${repr(level)}`);
}

// logging._startTime, for relativeCreated. Taken with process.hrtime (the clock performance.now()
// reads) because the `performance` global is itself loaded on first use, which costs every
// process that loads logging (multiprocessing does) a few milliseconds before any record exists.
const startHrtime = process.hrtime.bigint();

export class LogRecord {
  static readonly __module__ = "logging";
  static readonly __name__ = "LogRecord";
  name: string;
  msg: unknown;
  args: unknown;
  levelname: string;
  levelno: number;
  pathname: string;
  filename: string;
  module: string;
  exc_info: unknown;
  exc_text: string | null = null;
  stack_info: string | null;
  lineno: number;
  funcName: string | null;
  created: number;
  msecs: number;
  relativeCreated: number;
  thread: number;
  threadName: string;
  processName: string;
  process: number;
  taskName: null = null;
  message?: string;
  asctime?: string;

  constructor(name: string, level: number, pathname: string, lineno: number, msg: unknown, args: unknown,
    excInfo: unknown, func: string | null = null, sinfo: string | null = null) {
    const now = performance.timeOrigin + performance.now();
    this.name = name;
    this.msg = msg;
    // A lone mapping argument is the mapping itself, for "%(key)s" messages.
    if (args instanceof PyTuple && args.length === 1 && isDict(args[0]) && (args[0] as PyDict).size > 0) args = args[0];
    this.args = args;
    this.levelname = getLevelName(level) as string;
    this.levelno = level;
    this.pathname = pathname;
    this.filename = pathname.split("/").pop() ?? pathname;
    this.module = this.filename.replace(/\.[^.]*$/, "");
    this.exc_info = excInfo;
    this.stack_info = sinfo;
    this.lineno = lineno;
    this.funcName = func;
    this.created = now / 1000;
    this.msecs = Math.floor((now % 1000) + 0.0) + 0.0;
    this.relativeCreated = Number(process.hrtime.bigint() - startHrtime) / 1e6;
    this.thread = get_ident();
    this.threadName = current_thread().name;
    this.processName = current_process().name;
    this.process = currentPid();
  }

  getMessage(): string {
    const msg = str(this.msg);
    const args = this.args;
    if (args === null || args === undefined) return msg;
    if (args instanceof PyTuple && args.length === 0) return msg;
    return percentFormat(msg, args);
  }

  /** record.__dict__, for "%(name)s" style formatting. */
  _dict(): PyDict {
    const d = new PyDict();
    for (const [k, v] of Object.entries(this)) d.set(k, typeof v === "number" && !Number.isInteger(v) ? new PyFloat(v) : v);
    return d;
  }

  __repr__(): string {
    return `<LogRecord: ${this.name}, ${this.levelno}, ${this.pathname}, ${this.lineno}, ${repr(str(this.msg))}>`;
  }
}
