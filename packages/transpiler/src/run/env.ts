// The environment every program under test runs in, Python or generated: the same for both so
// the two outputs are comparable (buffering, hash seed), independent of the caller's shell.

import path from "node:path";
import { fileURLToPath } from "node:url";

/** scripts/sitecustomize at the repository root (src/run and dist/run are both 4 levels down). */
export const SITECUSTOMIZE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../scripts/sitecustomize",
);

/** This package's command (bin/py2ts.js): a converted program runs `sys.executable x.py` as
 *  `py2ts run x.py` (runtime subprocess/popen.ts). */
export const PY2TS_CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bin/py2ts.js");

export interface RunEnvOptions {
  /** Add scripts/sitecustomize to PYTHONPATH (line-buffered stdout in every Python process). */
  readonly python: boolean;
  readonly base?: NodeJS.ProcessEnv;
}

export function runEnvironment(options: RunEnvOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...(options.base ?? process.env) };
  // PYTHONUNBUFFERED makes CPython issue one write per print() argument piece, which lets
  // lines of concurrent processes interleave mid-line; line buffering is the reference.
  delete env.PYTHONUNBUFFERED;
  // Fixed hash seed: set iteration order of str/bytes must be reproducible on both sides.
  env.PYTHONHASHSEED = "0";
  if (!options.python) env.PY2TS_CLI = PY2TS_CLI;
  if (options.python) {
    const existing = env.PYTHONPATH;
    env.PYTHONPATH = existing ? `${SITECUSTOMIZE_DIR}${path.delimiter}${existing}` : SITECUSTOMIZE_DIR;
  }
  return env;
}
