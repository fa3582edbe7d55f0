// Python's logging module (CPython 3.11's Lib/logging/__init__.py): loggers, handlers,
// formatters, basicConfig and the module-level shortcuts on the root logger.
import { ValueError } from "./builtins/exceptions.js";
import { bindArguments, signatureFromText } from "./builtins/call.js";
import { truth } from "./builtins/truth.js";
import { Formatter } from "./logging/formatter.js";
import { FileHandler, StreamHandler, type Handler } from "./logging/handlers.js";
import { Logger, manager, root, state } from "./logging/logger.js";
import { CRITICAL, checkLevel } from "./logging/record.js";

export {
  CRITICAL, FATAL, ERROR, WARNING, WARN, INFO, DEBUG, NOTSET, LogRecord, getLevelName, addLevelName,
  getLevelNamesMapping,
} from "./logging/record.js";
export { Formatter } from "./logging/formatter.js";
export { Filter, Filterer, Handler, StreamHandler, FileHandler, NullHandler, lastResort } from "./logging/handlers.js";
export { Logger, RootLogger, root } from "./logging/logger.js";

const basicSig = signatureFromText(
  "basicConfig(*, filename=, filemode=, format=, datefmt=, style=, level=, stream=, handlers=, force=, encoding=, errors=)",
);

export function basicConfig(...args: unknown[]): void {
  const [filename, filemode, format, datefmt, style, level, stream, handlers, force, encoding, errors] = bindArguments(basicSig, args);
  if (truth(force)) {
    for (const h of [...root.handlers]) {
      root.removeHandler(h);
      h.close();
    }
  }
  if (root.handlers.length > 0) return;
  let hs: Handler[];
  if (handlers !== undefined && handlers !== null) {
    if (stream !== undefined || filename !== undefined) {
      throw new ValueError("'stream' or 'filename' should not be specified together with 'handlers'");
    }
    hs = [...(handlers as Iterable<Handler>)];
  } else if (filename !== undefined && filename !== null) {
    if (stream !== undefined) throw new ValueError("'stream' and 'filename' should not be specified together");
    hs = [new FileHandler(filename, filemode ?? "a", encoding ?? null, false, errors ?? null)];
  } else {
    hs = [new StreamHandler(stream ?? null)];
  }
  const st = style ?? "%";
  const fmtText = format ?? { "%": "%(levelname)s:%(name)s:%(message)s", "{": "{levelname}:{name}:{message}", $: "${levelname}:${name}:${message}" }[st as string];
  const fmt = new Formatter(fmtText, datefmt ?? null, st);
  for (const h of hs) {
    if (h.formatter === null) h.setFormatter(fmt);
    root.addHandler(h);
  }
  if (level !== undefined && level !== null) root.setLevel(level);
}

export function getLogger(name: unknown = null): Logger {
  if (name === null || name === undefined || (typeof name === "string" && name === root.name)) return root;
  return manager.getLogger(name);
}

function viaRoot(method: "debug" | "info" | "warning" | "warn" | "error" | "critical" | "fatal" | "exception" | "log") {
  return (...args: unknown[]): void => {
    if (root.handlers.length === 0) basicConfig();
    (root[method] as (...a: unknown[]) => void)(...args);
  };
}

export const debug = viaRoot("debug");
export const info = viaRoot("info");
export const warning = viaRoot("warning");
export const warn = viaRoot("warn");
export const error = viaRoot("error");
export const critical = viaRoot("critical");
export const fatal = viaRoot("fatal");
export const exception = viaRoot("exception");
export const log = viaRoot("log");

export function disable(level: unknown = CRITICAL): void {
  state.disable = checkLevel(level);
  manager.clearCache();
}

export function shutdown(): void {
  for (const h of root.handlers) {
    h.flush();
    h.close();
  }
}

export function getLoggerClass(): typeof Logger {
  return Logger;
}
