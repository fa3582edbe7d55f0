// The exception being handled (what sys.exc_info() returns, what a bare `raise` re-raises and
// what logging.exception() prints): entering an `except` block pushes it, leaving pops it.
// Implicit chaining (`__context__`) is lexical: an exception leaving an except block gets the
// handled one as its context (chainContext), so it does not depend on this stack.
import { BaseException, RuntimeError } from "./exception-classes.js";
import { toPyException } from "./exception-format.js";

// One stack per JS thread (a worker is a process). TODO(#4): CPython gives each generator and
// task its own entry; here a generator suspended inside an except block, or an `await` there,
// lets the caller see its exception until it resumes or an outer handler is left.
const handled: BaseException[] = [];

/** `except` entry: the caught value as a Python exception, now the one being handled. */
export function enterExcept(thrown: unknown): BaseException {
  const error = toPyException(thrown);
  // Raised and caught inside another except block (never leaving it): its context is that
  // block's exception, still the innermost one handled.
  if (handled.length > 0 && error.__context__ === null) chainContext(error, handled[handled.length - 1]!);
  handled.push(error);
  return error;
}

/** `except` exit (normal or not), or a `finally` block's exit (null: it ran without an
 *  exception propagating): `error` and any entry above it leave the stack. An entry
 *  above is a generator's that yielded inside its handler and was never resumed: CPython does
 *  not see it from here either. One already gone (a caller's exit removed it) is no-op. */
export function leaveExcept(error: BaseException | null): void {
  if (error === null) return;
  const at = handled.lastIndexOf(error);
  if (at >= 0) handled.length = at;
}

/** sys.exc_info()[1]: the innermost exception being handled, or null. */
export function handledException(): BaseException | null {
  return handled.length === 0 ? null : handled[handled.length - 1]!;
}

/** A bare `raise` outside an except block of its own function (a helper called by a handler). */
export function reraise(): BaseException {
  const error = handledException();
  if (error === null) return new RuntimeError("No active exception to reraise");
  return error;
}

/** An exception leaving the handler of `handling`: its __context__ becomes `handling`, as
 *  _PyErr_SetObject does at the raise (unless it is the same object or already has a context
 *  from a handler nested deeper); a cycle through the context chain is cut where it closes.
 *  `handling` null: an exception leaving a `finally` block that ran without one propagating. */
export function chainContext(raised: unknown, handling: BaseException | null): unknown {
  if (handling === null) return raised;
  const error = toPyException(raised);
  if (error === handling || error.__context__ !== null) return error;
  // Floyd's tortoise and hare, as CPython does, in case the chain already loops.
  let o = handling;
  let slow = handling;
  let step = false;
  for (let context = o.__context__; context !== null; context = o.__context__) {
    if (context === error) {
      o.__context__ = null;
      break;
    }
    o = context;
    if (o === slow) break;
    if (step) slow = slow.__context__!;
    step = !step;
  }
  error.__context__ = handling;
  return error;
}

/** Runs `body` with `error` as the exception being handled (a `with` block's __exit__). */
export function whileHandling<T>(error: BaseException, body: () => T): T {
  handled.push(error);
  try {
    return body();
  } catch (raised) {
    throw chainContext(raised, error);
  } finally {
    leaveExcept(error);
  }
}
