// Our own bugs. Kept apart from user diagnostics: a user mistake is a Diagnostic in the sink,
// an InternalError means py2ts itself is wrong and should be reported to us.

export class InternalError extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(`internal error: ${message}`, options);
    this.name = "InternalError";
  }
}
