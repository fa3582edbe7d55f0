// Work the interpreter does at exit before multiprocessing's exit function, in registration
// order: threading registers its _shutdown (join non-daemon threads) here when first imported,
// so programs without threads load nothing. main.ts runs them (`await runShutdownHooks()`).
const hooks: (() => Promise<void>)[] = [];

export function registerShutdownHook(hook: () => Promise<void>): void {
  hooks.push(hook);
}

export async function runShutdownHooks(): Promise<void> {
  for (const hook of hooks.splice(0)) await hook();
}
