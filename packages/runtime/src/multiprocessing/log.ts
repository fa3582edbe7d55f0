// multiprocessing's logger (util.get_logger / log_to_stderr): the logger named 'multiprocessing',
// not propagating, and the runtime's own messages sent to it ("child process calling
// self.run()"…). A child inherits the level and the stderr handler, as a forked CPython child
// inherits the configured logger and a spawned one receives them in its preparation data.
import { Formatter, StreamHandler, getLogger, type Logger } from "../logging.js";
import { setMultiprocessingLogger } from "./util.js";

const LOGGER_NAME = "multiprocessing";
const DEFAULT_LOGGING_FORMAT = "[%(levelname)s/%(processName)s] %(message)s";

let logger: Logger | undefined;
let toStderr = false;

/** get_logger(): the 'multiprocessing' logger, created on first use. */
export function get_logger(): Logger {
  if (logger === undefined) {
    const created = getLogger(LOGGER_NAME);
    // CPython sets the integer 0, which is what `logger.propagate` prints.
    (created as { propagate: unknown }).propagate = 0;
    logger = created;
    setMultiprocessingLogger({
      log: (level, message, ...args) => created.log(level, message, ...args),
      inheritable: () => ({ level: created.level as number, toStderr }),
    });
  }
  return logger;
}

/** log_to_stderr(level=None): adds a stderr handler with multiprocessing's format. */
export function log_to_stderr(level: unknown = null): Logger {
  const target = get_logger();
  const handler = new StreamHandler();
  handler.setFormatter(new Formatter(DEFAULT_LOGGING_FORMAT));
  target.addHandler(handler);
  if (level !== null && level !== undefined && level !== 0 && level !== false && level !== "") target.setLevel(level);
  toStderr = true;
  return target;
}

/** What worker-entry does with the parent's logger settings. */
export function adoptLogging(inherited: { readonly level: number; readonly toStderr: boolean }): void {
  if (inherited.toStderr) log_to_stderr(inherited.level === 0 ? null : inherited.level);
  else {
    const target = get_logger();
    if (inherited.level !== 0) target.setLevel(inherited.level);
  }
}
