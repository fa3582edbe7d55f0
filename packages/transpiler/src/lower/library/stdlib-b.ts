// The standard library modules of issue #5 part B, gathered so the registry takes one line.
export { datetimeLibrary } from "./datetime.js";
export { reLibrary } from "./re.js";
export { loggingLibrary } from "./logging.js";
export { argparseLibrary } from "./argparse.js";
