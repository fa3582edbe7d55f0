// What a program loads before its first line runs: every module reachable by static imports
// from the modules generated code imports is compiled and run by every program, and again by
// every worker thread that runs a Python process (docs/ARCHITECTURE.md, "Runtime packaging").
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src");

/** Runtime modules (relative to src/, as .ts) and node: built-ins reachable by static,
 *  value-level imports from `entries`. */
function staticImports(entries: readonly string[]): { modules: Set<string>; builtins: Set<string> } {
  const modules = new Set<string>();
  const builtins = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    const text = readFileSync(path.join(src, file), "utf8");
    // `import … from "x"`, `export … from "x"` and bare `import "x"`; `import type` loads nothing.
    for (const match of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?"([^"]+)";/gms)) {
      const specifier = match[1]!;
      if (specifier.startsWith("node:")) builtins.add(specifier);
      else if (specifier.startsWith(".")) pending.push(path.join(path.dirname(file), specifier).replace(/\.js$/, ".ts"));
    }
  }
  return { modules, builtins };
}

describe("start-up imports", () => {
  it("a program that starts no process does not load multiprocessing or os.fork", () => {
    const { modules } = staticImports(["main.ts", "builtins/index.ts"]);
    expect(modules.has("main.ts")).toBe(true);
    expect(modules.has("multiprocessing/exit-status.ts")).toBe(true);
    for (const heavy of ["multiprocessing/process.ts", "multiprocessing/spawn.ts", "multiprocessing/util.ts", "multiprocessing/shm.ts", "os/fork.ts"]) {
      expect(modules, heavy).not.toContain(heavy);
    }
  });

  it("multiprocessing and a worker's entry load neither os nor the socket built-ins", () => {
    const { modules, builtins } = staticImports(["main.ts", "builtins/index.ts", "multiprocessing/index.ts", "multiprocessing/worker-entry.ts"]);
    expect(modules.has("multiprocessing/connection-socket.ts")).toBe(true);
    expect(modules, "os.ts").not.toContain("os.ts");
    expect(builtins, "node:crypto").not.toContain("node:crypto");
    expect(builtins, "node:net").not.toContain("node:net");
  });
});
