export { lowerModule } from "./module.js";
export { LowerContext } from "./context.js";
export { NameManager } from "./names.js";
export { RuntimeImports } from "./imports.js";
export type { TsExpr, TsStmt, TsType } from "./ir.js";
