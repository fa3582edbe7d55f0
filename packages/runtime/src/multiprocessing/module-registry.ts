// Which generated module is "__main__" in this thread. main.ts registers it on import; reduction
// resolves module-level functions and classes by name through it, as pickle does via sys.modules.

export interface RegisteredModule {
  readonly url: string;
  readonly name: string;
  readonly exports: () => Record<string, unknown>;
}

let mainModule: RegisteredModule | undefined;
let childModuleUrl: string | undefined;

/** Set by worker-entry before it imports the user's module: that module is __mp_main__ here. */
export function setChildModuleUrl(url: string): void {
  childModuleUrl = url;
}

/** The module URL this child thread runs, or undefined in the main thread. */
export function childMainUrl(): string | undefined {
  return childModuleUrl;
}

export function registerMainModule(module: RegisteredModule): void {
  mainModule ??= module;
}

export function mainModuleInfo(): RegisteredModule | undefined {
  return mainModule;
}

/** One module-level name of the main module; undefined if absent or not yet initialized. */
export function lookupMainExport(name: string): unknown {
  if (mainModule === undefined) return undefined;
  try {
    return mainModule.exports()[name];
  } catch {
    // The module is still being evaluated (TDZ on a not-yet-initialized binding).
    return undefined;
  }
}

// True while a child imports the user's module: module-level code is replaying what the parent
// already did, so it must not start servers of its own (a manager made at the top level).
let importingMain = false;

export function setImportingMain(value: boolean): void {
  importingMain = value;
}

export function isImportingMain(): boolean {
  return importingMain;
}
