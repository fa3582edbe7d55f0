// Every library table, looked up by Python module name.

import type { ClassInfo, LibraryModule } from "./types.js";
import { multiprocessingLibrary } from "./multiprocessing.js";
import { multiprocessingSubmodules } from "./multiprocessing-submodules.js";
import { osLibrary } from "./os.js";
import { sysLibrary } from "./sys.js";
import { timeLibrary } from "./time.js";
import { mathLibrary } from "./math.js";
import { randomLibrary } from "./random.js";
import { osPathLibrary } from "./os-path.js";
import { pathlibLibrary } from "./pathlib.js";
import { subprocessLibrary } from "./subprocess.js";
import { signalLibrary } from "./signal.js";
import { shutilLibrary } from "./shutil.js";
import { tempfileLibrary } from "./tempfile.js";
import { globLibrary } from "./glob.js";
import { datetimeLibrary, reLibrary, loggingLibrary, argparseLibrary } from "./stdlib-b.js";
import { threadingLibrary } from "./threading.js";
import { asyncioLibrary } from "./asyncio.js";
import { joblibLibrary } from "./joblib.js";
import { concurrentFuturesLibrary, concurrentFuturesProcessLibrary, concurrentFuturesThreadLibrary } from "./concurrent-futures.js";
import { abcLibrary } from "./abc.js";
import { contextlibLibrary } from "./contextlib.js";
import { ctypesLibrary } from "./ctypes.js";
import { numpyLibrary, numpyRandomLibrary } from "./numpy.js";
import { ioLibrary } from "./io.js";
import { tracebackLibrary } from "./traceback.js";
import { typingLibrary } from "./typing.js";
import { queueLibrary } from "./queue.js";
import { dataclassesLibrary } from "./dataclasses.js";
import { enumLibrary } from "./enum.js";
import { collectionsLibrary } from "./collections.js";
import { itertoolsLibrary, functoolsLibrary, operatorLibrary, jsonLibrary, stringLibrary, textwrapLibrary } from "./stdlib-a.js";

const modules: ReadonlyMap<string, LibraryModule> = new Map(
  [shutilLibrary, contextlibLibrary, ctypesLibrary, numpyLibrary, numpyRandomLibrary, ioLibrary, tracebackLibrary, tempfileLibrary, globLibrary, datetimeLibrary, reLibrary, loggingLibrary, argparseLibrary, abcLibrary, dataclassesLibrary, enumLibrary, typingLibrary, queueLibrary, collectionsLibrary, itertoolsLibrary, functoolsLibrary, operatorLibrary, jsonLibrary, stringLibrary, textwrapLibrary, mathLibrary, multiprocessingLibrary, ...multiprocessingSubmodules, osLibrary, osPathLibrary, pathlibLibrary, randomLibrary, signalLibrary, subprocessLibrary, sysLibrary, threadingLibrary, concurrentFuturesLibrary, concurrentFuturesProcessLibrary, concurrentFuturesThreadLibrary, asyncioLibrary, joblibLibrary, timeLibrary].map((library) => [library.python, library]),
);

export function allLibraries(): readonly LibraryModule[] {
  return [...modules.values()];
}

export function libraryModule(python: string): LibraryModule | undefined {
  return modules.get(python);
}

export function classInfo(qualname: string): ClassInfo | undefined {
  for (const library of modules.values()) {
    const info = library.classes?.[qualname];
    if (info) return info;
  }
  return undefined;
}

/** Method names that can block on some runtime class: a call `x.name()` on a receiver of
 *  unknown type is awaited when its name is one of these. */
export const blockingMethodNames: ReadonlySet<string> = new Set(
  [...modules.values()].flatMap((library) =>
    Object.values(library.classes ?? {}).flatMap((info) =>
      Object.entries(info.methods)
        .filter(([, method]) => method.blocking)
        .map(([name]) => name),
    ),
  ),
);
