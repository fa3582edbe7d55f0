// Logger, RootLogger and the Manager's dotted hierarchy (placeholders fixed up as CPython does).
import { KeyError, TypeError } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";
import { bindArguments, signatureFromText } from "../builtins/call.js";
import { BaseException } from "../builtins/exception-classes.js";
import { PyTuple } from "../builtins/tuple.js";
import { truth } from "../builtins/truth.js";
import { argv, exc_info } from "../sys.js";
import { Filterer, lastResort, type Handler } from "./handlers.js";
import { CRITICAL, DEBUG, ERROR, INFO, NOTSET, WARNING, LogRecord, checkLevel, getLevelName } from "./record.js";

const callSig = signatureFromText("info(msg, *args, exc_info=, stack_info=, stacklevel=, extra=)");
const logSig = signatureFromText("log(level, msg, *args, exc_info=, stack_info=, stacklevel=, extra=)");

export const state = { disable: NOTSET, raiseExceptions: true };

export class PlaceHolder {
  loggers: Logger[] = [];
}

export class Logger extends Filterer {
  static readonly __module__: string = "logging";
  static readonly __name__: string = "Logger";
  name: string;
  level: number;
  parent: Logger | null = null;
  propagate = true;
  handlers: Handler[] = [];
  disabled = false;
  private cache = new Map<number, boolean>();

  constructor(name: string, level: unknown = NOTSET) {
    super();
    this.name = name;
    this.level = checkLevel(level);
  }

  setLevel(level: unknown): void {
    this.level = checkLevel(level);
    manager.clearCache();
  }
  _clearCache(): void {
    this.cache.clear();
  }
  getEffectiveLevel(): number {
    for (let l: Logger | null = this; l; l = l.parent) if (l.level) return l.level;
    return NOTSET;
  }
  isEnabledFor(level: number): boolean {
    if (this.disabled) return false;
    let v = this.cache.get(level);
    if (v === undefined) {
      v = state.disable < level && level >= this.getEffectiveLevel();
      this.cache.set(level, v);
    }
    return v;
  }
  addHandler(h: Handler): void {
    if (!this.handlers.includes(h)) this.handlers.push(h);
  }
  removeHandler(h: Handler): void {
    const i = this.handlers.indexOf(h);
    if (i >= 0) this.handlers.splice(i, 1);
  }
  hasHandlers(): boolean {
    for (let l: Logger | null = this; l; l = l.propagate ? l.parent : null) if (l.handlers.length) return true;
    return false;
  }
  getChild(suffix: string): Logger {
    return manager.getLogger(this === (root as Logger) ? suffix : `${this.name}.${suffix}`);
  }

  debug(...args: unknown[]): void {
    this.logAt(DEBUG, args);
  }
  info(...args: unknown[]): void {
    this.logAt(INFO, args);
  }
  warning(...args: unknown[]): void {
    this.logAt(WARNING, args);
  }
  warn(...args: unknown[]): void {
    this.logAt(WARNING, args);
  }
  error(...args: unknown[]): void {
    this.logAt(ERROR, args);
  }
  critical(...args: unknown[]): void {
    this.logAt(CRITICAL, args);
  }
  fatal(...args: unknown[]): void {
    this.logAt(CRITICAL, args);
  }
  exception(...args: unknown[]): void {
    const [msg, rest, excInfo, stackInfo, stacklevel, extra] = bindArguments(callSig, args);
    this.logBound(ERROR, msg, rest as PyTuple, excInfo === undefined ? true : excInfo, stackInfo, stacklevel, extra);
  }
  log(...args: unknown[]): void {
    const [level, msg, rest, excInfo, stackInfo, stacklevel, extra] = bindArguments(logSig, args);
    if (typeof level !== "number") {
      if (state.raiseExceptions) throw new TypeError("level must be an integer");
      return;
    }
    this.logBound(level, msg, rest as PyTuple, excInfo, stackInfo, stacklevel, extra);
  }

  private logAt(level: number, args: unknown[]): void {
    if (!this.isEnabledFor(level)) return;
    const [msg, rest, excInfo, stackInfo, stacklevel, extra] = bindArguments(callSig, args);
    this._log(level, msg, rest as PyTuple, excInfo, stackInfo, stacklevel, extra);
  }
  private logBound(level: number, msg: unknown, rest: PyTuple, ...more: unknown[]): void {
    if (this.isEnabledFor(level)) this._log(level, msg, rest, ...more);
  }

  _log(level: number, msg: unknown, args: PyTuple, excInfo?: unknown, _stackInfo?: unknown, _stacklevel?: unknown, extra?: unknown): void {
    let exc: unknown = null;
    if (excInfo !== undefined && excInfo !== null && excInfo !== false) {
      if (excInfo instanceof BaseException) exc = excInfo;
      else if (excInfo instanceof PyTuple) exc = excInfo[1] ?? null;
      else if (truth(excInfo)) exc = exc_info();
    }
    const record = new LogRecord(this.name, level, argv[0] ?? "<stdin>", 0, msg, args, exc, null, null);
    if (extra !== undefined && extra !== null) {
      for (const [k, v] of (extra as { items(): Iterable<[unknown, unknown]> }).items()) {
        if (k === "message" || k === "asctime" || Object.hasOwn(record, k as string)) {
          throw new KeyError(`Attempt to overwrite ${repr(k)} in LogRecord`);
        }
        (record as unknown as Record<string, unknown>)[k as string] = v;
      }
    }
    this.handle(record);
  }

  handle(record: LogRecord): void {
    if (!this.disabled && this.filter(record)) this.callHandlers(record);
  }
  callHandlers(record: LogRecord): void {
    let found = 0;
    for (let c: Logger | null = this; c; c = c.propagate ? c.parent : null) {
      for (const h of c.handlers) {
        found++;
        if (record.levelno >= h.level) h.handle(record);
      }
    }
    if (found === 0 && record.levelno >= lastResort.level) lastResort.handle(record);
  }

  __repr__(): string {
    return `<${(this.constructor as { __name__?: string }).__name__} ${this.name} (${getLevelName(this.getEffectiveLevel()) as string})>`;
  }
}

export class RootLogger extends Logger {
  static override readonly __name__: string = "RootLogger";
  constructor(level: unknown) {
    super("root", level);
  }
}

export const root = new RootLogger(WARNING);

class Manager {
  readonly loggerDict = new Map<string, Logger | PlaceHolder>();

  getLogger(name: unknown): Logger {
    if (typeof name !== "string") throw new TypeError("A logger name must be a string");
    let rv = this.loggerDict.get(name);
    if (rv instanceof Logger) return rv;
    const logger = new Logger(name);
    this.loggerDict.set(name, logger);
    if (rv instanceof PlaceHolder) this.fixupChildren(rv, logger);
    this.fixupParents(logger);
    rv = logger;
    return rv;
  }
  private fixupParents(logger: Logger): void {
    const name = logger.name;
    let i = name.lastIndexOf(".");
    let parent: Logger | null = null;
    while (i > 0 && !parent) {
      const sub = name.slice(0, i);
      const obj = this.loggerDict.get(sub);
      if (obj === undefined) {
        const ph = new PlaceHolder();
        ph.loggers.push(logger);
        this.loggerDict.set(sub, ph);
      } else if (obj instanceof Logger) parent = obj;
      else obj.loggers.push(logger);
      i = name.lastIndexOf(".", i - 1);
    }
    logger.parent = parent ?? root;
  }
  private fixupChildren(ph: PlaceHolder, logger: Logger): void {
    for (const c of ph.loggers) {
      if (!c.parent!.name.startsWith(logger.name)) {
        logger.parent = c.parent;
        c.parent = logger;
      }
    }
  }
  clearCache(): void {
    root._clearCache();
    for (const l of this.loggerDict.values()) if (l instanceof Logger) l._clearCache();
  }
}

export const manager = new Manager();
