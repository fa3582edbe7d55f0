export * from "./types.js";
export * from "./builtins.js";
export { allLibraries, libraryModule, blockingMethodNames, classInfo } from "./registry.js";
export { renderSupportedTables } from "./supported.js";
