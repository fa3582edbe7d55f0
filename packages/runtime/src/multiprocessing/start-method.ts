// The default context's start method, settable once as in CPython's DefaultContext. Kept apart
// from context.ts so starting a process does not import every primitive.
import { RuntimeError, ValueError } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";

export type StartMethod = "fork" | "spawn" | "forkserver";

export const ALL_START_METHODS: readonly StartMethod[] = ["fork", "spawn", "forkserver"];

let actual: StartMethod | null = null;

export function checkStartMethod(method: unknown): StartMethod {
  if (typeof method === "string" && (ALL_START_METHODS as readonly string[]).includes(method))
    return method as StartMethod;
  throw new ValueError(`cannot find context for ${repr(method)}`);
}

/** The effective method; fixes the default (fork) the first time it is asked for. */
export function getStartMethodName(): StartMethod {
  actual ??= "fork";
  return actual;
}

export function peekStartMethod(): StartMethod | null {
  return actual;
}

export function setStartMethodName(method: unknown, options: { force: boolean }): void {
  if (actual !== null && !options.force) throw new RuntimeError("context has already been set");
  if ((method === null || method === undefined) && options.force) {
    actual = null;
    return;
  }
  actual = checkStartMethod(method);
}

/** A child inherits its parent's choice. */
export function adoptStartMethod(method: StartMethod): void {
  actual = method;
}
