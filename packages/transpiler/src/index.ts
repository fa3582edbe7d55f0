// @py2ts/transpiler public API.
export { transpile, type TranspileOptions, type TranspileResult } from "./transpile.js";
export { type Diagnostic, renderCompact, renderPretty } from "./diagnostics/index.js";
