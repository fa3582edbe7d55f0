// Python-visible names of JS classes: `__name__`, `__qualname__`, `__module__`. Dependency-free
// so every module may use it at load time without import cycles.

type ClassLike = { name?: string } | null | undefined;

export function pyClassName(cls: unknown): string {
  const c = cls as Record<string, unknown> | null | undefined;
  if (c && Object.hasOwn(c, "__name__") && typeof c.__name__ === "string") return c.__name__;
  return (cls as ClassLike)?.name ?? "object";
}

export function pyClassQualname(cls: unknown): string {
  const c = cls as Record<string, unknown> | null | undefined;
  if (c && Object.hasOwn(c, "__qualname__") && typeof c.__qualname__ === "string") return c.__qualname__;
  return pyClassName(cls);
}

// Builtin classes carry an own static `__module__ = "builtins"`; any other class without one
// was defined by the user's script, i.e. in `__main__`.
export function pyClassModule(cls: unknown): string {
  const c = cls as Record<string, unknown> | null | undefined;
  if (c && Object.hasOwn(c, "__module__") && typeof c.__module__ === "string") return c.__module__;
  return "__main__";
}

export function markBuiltinClasses(classes: Iterable<object>, module = "builtins"): void {
  for (const cls of classes) {
    Object.defineProperty(cls, "__module__", { value: module, writable: true, configurable: true });
  }
}
