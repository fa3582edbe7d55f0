// logging, as the runtime provides it (@py2ts/runtime/logging). Handlers write synchronously:
// nothing here blocks.

import type { ClassInfo, LibraryModule, MemberInfo } from "./types.js";

const methods = (names: readonly string[]): ClassInfo["methods"] =>
  Object.fromEntries(names.map((name) => [name, {}]));

const FUNCTIONS = [
  "basicConfig", "getLogger", "debug", "info", "warning", "warn", "error", "critical", "fatal", "exception", "log",
  "disable", "shutdown", "getLevelName", "addLevelName", "getLevelNamesMapping", "getLoggerClass",
];
const VALUES = ["CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET", "root", "lastResort"];
const CLASSES = ["Logger", "RootLogger", "Handler", "StreamHandler", "FileHandler", "NullHandler", "Formatter", "Filter", "Filterer", "LogRecord"];

const filterer = ["addFilter", "removeFilter", "filter"];
const handler = [...filterer, "setLevel", "setFormatter", "format", "emit", "handle", "flush", "close", "acquire", "release"];
const logger = [
  ...filterer, "setLevel", "getEffectiveLevel", "isEnabledFor", "addHandler", "removeHandler", "hasHandlers", "getChild",
  "debug", "info", "warning", "warn", "error", "critical", "fatal", "exception", "log", "handle", "callHandlers",
];

export const loggingLibrary: LibraryModule = {
  python: "logging",
  runtime: "@py2ts/runtime/logging",
  members: {
    ...Object.fromEntries(FUNCTIONS.map((name): [string, MemberInfo] => [name, { kind: "function" }])),
    ...Object.fromEntries(VALUES.map((name): [string, MemberInfo] => [name, { kind: "value" }])),
    ...Object.fromEntries(CLASSES.map((name): [string, MemberInfo] => [name, { kind: "class", qualname: `logging.${name}` }])),
  },
  classes: {
    "logging.Logger": { methods: methods(logger) },
    "logging.RootLogger": { methods: methods(logger) },
    "logging.Handler": { methods: methods(handler) },
    "logging.StreamHandler": { methods: methods([...handler, "setStream"]) },
    "logging.FileHandler": { methods: methods([...handler, "setStream"]) },
    "logging.NullHandler": { methods: methods(handler) },
    "logging.Formatter": { methods: methods(["format", "formatTime", "formatException", "formatMessage", "usesTime"]) },
    "logging.Filter": { methods: methods(["filter"]) },
    "logging.Filterer": { methods: methods(filterer) },
    "logging.LogRecord": { methods: methods(["getMessage"]) },
  },
};
