// Diagnostics: records, the collecting sink, the message catalog, renderers, InternalError.
export type { Diagnostic, Severity } from "./diagnostic.js";
export { DiagnosticSink } from "./sink.js";
export * from "./messages.js";
export { renderCompact, renderPretty } from "./render.js";
export { InternalError } from "./internal-error.js";
