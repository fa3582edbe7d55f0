// Lambdas and nested functions a forked child may run (a Process target, a Pool initializer).
// The transpiler registers each with the module-level factory that rebuilds it and a getter of
// its free variables' current values; reduction sends those when fork semantics apply.

export interface ForkClosure {
  /** The generated module's exported factory, called with the free variables' values. */
  readonly id: string;
  /** The free variables' current values by name, in the factory's parameter order. */
  readonly free: () => Readonly<Record<string, unknown>>;
  readonly qualname: string;
}

const closures = new WeakMap<Function, ForkClosure>();

/** Registers `fn` (returned as is) and gives it CPython's `__qualname__` (`outer.<locals>.inner`). */
export function forkClosure<F extends Function>(fn: F, id: string, free: () => Readonly<Record<string, unknown>>, qualname: string): F {
  closures.set(fn, { id, free, qualname });
  Object.defineProperty(fn, "__qualname__", { value: qualname, writable: true, configurable: true });
  return fn;
}

export function forkClosureOf(fn: Function): ForkClosure | undefined {
  return closures.get(fn);
}
