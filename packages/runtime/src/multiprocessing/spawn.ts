// Starting a child: what it inherits (the Process object itself, and with fork semantics the
// module globals as they stand now), encoded in one pass so shared objects stay shared.
import { RuntimeError } from "../builtins/exceptions.js";
import { flushStdio } from "../builtins/stdio.js";
import { mainModuleInfo, lookupMainExport } from "./module-registry.js";
import { allocateChildPid } from "./pids.js";
import { Popen } from "./popen.js";
import { encode, type Node } from "./reduction.js";
import { shmRegistrySnapshot } from "./shm.js";
import { managerRegistrySnapshot } from "./manager-wire.js";
import { inheritableLogging } from "./util.js";
import { getStartMethodName, type StartMethod } from "./start-method.js";

/** What a generated module exports when it has module-level variables. */
export interface ModuleGlobals {
  snapshot(): Record<string, unknown>;
  restore(values: Record<string, unknown>): void;
}

/** The encoded inheritance. Normally one tree, so objects shared between the target's
 *  arguments and globals stay one object; if some global cannot be encoded (a lambda), each
 *  global travels alone and the unencodable ones keep the value the child's import gave them. */
export type ChildPayload =
  | { readonly kind: "joint"; readonly tree: Node }
  | { readonly kind: "separate"; readonly process: Node; readonly globals: readonly (readonly [string, Node])[] };

export function startChild(process: object, startMethod: string | null): Popen {
  const module = mainModuleInfo();
  if (module === undefined) {
    throw new RuntimeError("py2ts: Process.start() needs the generated main module registered with enterModule()");
  }
  // As popen_fork does before forking: pending output is written once, by the parent, and
  // before anything the child prints.
  flushStdio();
  const method = (startMethod as StartMethod | null) ?? getStartMethodName();
  const globals = method === "fork" ? (lookupMainExport("pyModuleGlobals") as ModuleGlobals | undefined) : undefined;
  const { payload, transfer } = encodeInheritance(process, takeSnapshot(globals), method === "fork");
  return new Popen(
    {
      moduleUrl: module.url,
      startMethod: method,
      payload,
      pids: allocateChildPid(),
      argv: processArgv(),
      env: { ...globalThis.process.env },
      shm: shmRegistrySnapshot(),
      managers: managerRegistrySnapshot(),
      logging: inheritableLogging(),
    },
    transfer,
  );
}

function takeSnapshot(globals: ModuleGlobals | undefined): Record<string, unknown> {
  if (globals === undefined) return {};
  try {
    return globals.snapshot();
  } catch {
    // A global still in its temporal dead zone (start() ran before the module reached its
    // declaration): the child keeps the values its own import gives.
    return {};
  }
}

function encodeInheritance(
  process: object,
  globals: Record<string, unknown>,
  fork: boolean,
): { payload: ChildPayload; transfer: Transferable[] } {
  const options = { allowHandles: true, forkClosures: fork };
  const entries = Object.entries(globals);
  try {
    const { data, transfer } = encode([process, entries], options);
    return { payload: { kind: "joint", tree: data }, transfer };
  } catch {
    // Fall through: find out which globals are the problem; the target itself must encode.
  }
  const transfer: Transferable[] = [];
  const processEncoded = encode(process, options);
  transfer.push(...processEncoded.transfer);
  const encodedGlobals: [string, Node][] = [];
  for (const [name, value] of entries) {
    try {
      const encoded = encode(value, options);
      encodedGlobals.push([name, encoded.data]);
      transfer.push(...encoded.transfer);
    } catch {
      continue;
    }
  }
  return { payload: { kind: "separate", process: processEncoded.data, globals: encodedGlobals }, transfer };
}

let argv: readonly string[] | undefined;

/** sys.argv of this process; children inherit the parent's. */
export function processArgv(): readonly string[] {
  argv ??= process.argv.slice(1);
  return argv;
}

export function setProcessArgv(inherited: readonly string[]): void {
  argv = inherited;
}
