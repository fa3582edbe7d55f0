export { compileToJavaScript, resolveRuntimeSpecifier, RuntimeResolutionError } from "./compile.js";
export { runEnvironment, SITECUSTOMIZE_DIR, type RunEnvOptions } from "./env.js";
export { runGenerated, withCompiledModule, type RunGeneratedOptions } from "./run-generated.js";
export { runPython, type RunPythonOptions } from "./run-python.js";
export { DEFAULT_TIMEOUT_MS, runProgram, type ProgramResult, type SpawnOptions } from "./spawn.js";
