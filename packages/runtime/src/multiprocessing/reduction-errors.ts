// pickle's exception classes. CPython raises the C accelerator's versions, so a traceback names
// them `_pickle.PicklingError`.
import { Exception } from "../builtins/exceptions.js";

export class PickleError extends Exception {
  static readonly __module__ = "_pickle";
}
export class PicklingError extends PickleError {
  static override readonly __module__ = "_pickle";
}
export class UnpicklingError extends PickleError {
  static override readonly __module__ = "_pickle";
}
