export * from "./types.js";
export * from "./builtins.js";
export { libraryModule, blockingMethodNames, classInfo } from "./registry.js";
