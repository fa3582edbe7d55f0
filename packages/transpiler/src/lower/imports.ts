// Collects the runtime imports a generated file uses, so it imports only those (sucrase's
// helper manager). Each imported binding gets a collision-free local name once.

import type { RuntimeImport } from "../emit/emit.js";
import type { NameManager } from "./names.js";

export class RuntimeImports {
  private readonly named = new Map<string, Map<string, string>>();
  private readonly namespaces = new Map<string, string>();

  constructor(private readonly names: NameManager) {}

  /** The local name of `name` exported by runtime module `module`. */
  named_(module: string, name: string, preferredLocal = name): string {
    let members = this.named.get(module);
    if (!members) this.named.set(module, (members = new Map()));
    let local = members.get(name);
    if (!local) members.set(name, (local = this.names.fresh(preferredLocal)));
    return local;
  }

  /** A user's own import (`from m import X as Y`): the Python name is the local name. */
  bindNamed(module: string, name: string, local: string): void {
    let members = this.named.get(module);
    if (!members) this.named.set(module, (members = new Map()));
    members.set(name, local);
  }

  /** `import * as local from module`, under the user's own name for it. */
  namespace(module: string, local: string): string {
    const existing = this.namespaces.get(module);
    if (existing) return existing;
    this.namespaces.set(module, local);
    return local;
  }

  toImports(): RuntimeImport[] {
    const modules = [...new Set([...this.namespaces.keys(), ...this.named.keys()])].sort();
    return modules.map((module) => ({
      module,
      namespace: this.namespaces.get(module),
      named: [...(this.named.get(module) ?? new Map<string, string>()).entries()]
        .map(([name, alias]) => ({ name, alias }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }));
  }
}
