// Hands out TypeScript identifiers: user names are kept unless they are reserved in TS, and
// runtime helpers and temporaries get names that cannot collide with any name in the file.

import type { Module } from "../ast/nodes.js";
import { walk } from "../ast/visit.js";

const RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
  "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
  "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
  "while", "with", "yield", "let", "static", "implements", "interface", "package", "private",
  "protected", "public", "await", "arguments", "eval", "undefined", "NaN", "Infinity", "async", "of",
  "any", "unknown", "never", "type", "declare", "namespace", "module", "readonly", "keyof", "infer",
]);

export class NameManager {
  /** Every identifier the Python source binds, in any scope. A name that is only read (a
   *  builtin such as `print`) stays free, so the runtime's `print` keeps its name. */
  private readonly pythonNames = new Set<string>();
  private readonly used = new Set<string>();

  constructor(module: Module) {
    walk(module, (node) => {
      switch (node.kind) {
        case "Name":
          if (node.ctx !== "Load") this.pythonNames.add(node.id);
          break;
        case "FunctionDef":
        case "ClassDef":
          this.pythonNames.add(node.name);
          break;
        case "arg":
          this.pythonNames.add(node.arg);
          break;
        case "alias":
          this.pythonNames.add(node.asname ?? node.name.split(".")[0]!);
          break;
        case "Global":
        case "Nonlocal":
          for (const id of node.names) this.pythonNames.add(id);
          break;
        case "ExceptHandler":
          if (node.name) this.pythonNames.add(node.name);
          break;
      }
    });
    for (const name of this.pythonNames) this.used.add(this.user(name));
  }

  /** The TS spelling of a Python identifier. */
  user(id: string): string {
    return RESERVED.has(id) ? `${id}_` : id;
  }

  /** A name for something the generated code introduces: the preferred spelling when no
   *  Python name (or earlier fresh name) has it, else a numbered variant. */
  fresh(preferred: string): string {
    let candidate = RESERVED.has(preferred) ? `${preferred}_` : preferred;
    for (let n = 2; this.used.has(candidate) || this.pythonNames.has(candidate); n++) candidate = `${preferred}_${n}`;
    this.used.add(candidate);
    return candidate;
  }
}
