// State shared by the lowering of one module: symbols and blocking facts from analyze/, the
// name manager, the runtime imports in use, diagnostics, and the function being lowered.

import type { Comment, Node, Span } from "../ast/nodes.js";
import type { Blocking } from "../analyze/blocking.js";
import type { Scope } from "../analyze/scopes.js";
import type { Symbols } from "../analyze/symbols.js";
import type { DiagnosticSink } from "../diagnostics/index.js";
import { unsupportedConstruct } from "../diagnostics/index.js";
import { BUILTINS_MODULE } from "./library/index.js";
import type { TsExpr, TsStmt } from "./ir.js";
import { pythonLines } from "./ir.js";
import { LineTable } from "../ast/location.js";
import type { DeclarationPlan } from "./declarations.js";
import type { NameManager } from "./names.js";
import type { RuntimeImports } from "./imports.js";
import type { ForkClosure } from "./fork-closures.js";

export interface FunctionFrame {
  readonly scope: Scope;
  readonly isAsync: boolean;
  readonly plan: DeclarationPlan;
  /** Temporaries the lowering introduced, declared at the top of the function. */
  readonly temps: string[];
  /** The catch variable of the innermost `except` block, for a bare `raise`. */
  caught: string[];
  /** A method's first parameter (`self`, `cls`), spelled `this` in the method. */
  readonly thisParam?: { readonly scope: Scope; readonly id: string };
  /** Lambdas and comprehensions become arrow functions, which see the method's `this`. */
  readonly arrow?: boolean;
  /** Set when a nested `function` needs `const self = this` in the method. */
  needsSelfAlias?: boolean;
  /** Enclosing loops, innermost last: the label a `break` must name when the loop has an
   *  `else` (null for a plain loop). */
  loops?: (string | null)[];
}

export class LowerContext {
  private readonly frames: FunctionFrame[] = [];
  private comments: readonly Comment[] = [];
  /** Module-scope defs found inside blocks (`if __name__ == "__main__": def f…`), emitted at
   *  module level instead so a child process finds them by name, as a forked one would. */
  readonly moduleLevelDefs: TsStmt[] = [];
  /** Lambdas and nested defs a forked child runs (lower/fork-closures.ts), set per module. */
  forkClosures: ReadonlyMap<object, ForkClosure> = new Map();
  /** The statements directly in the module body. */
  topLevel: ReadonlySet<object> = new Set();
  private nextComment = 0;

  constructor(
    readonly file: string,
    readonly symbols: Symbols,
    readonly blocking: Blocking,
    readonly names: NameManager,
    readonly imports: RuntimeImports,
    readonly sink: DiagnosticSink,
  ) {}

  private lineTable: LineTable | undefined;

  /** The Python source, so lowered statements can carry their line (pythonLines). */
  setSource(source: string): void {
    this.lineTable = new LineTable(source);
  }

  /** Records the Python line of `stmt` on each statement lowered from it (unless a nested
   *  statement already gave it its own), and returns them. */
  located(stmt: { readonly span: { readonly start: number } }, lowered: TsStmt[]): TsStmt[] {
    if (this.lineTable === undefined) return lowered;
    const line = this.lineTable.lookup(stmt.span.start).line;
    for (const out of lowered) if (out.kind !== "Comment" && !pythonLines.has(out)) pythonLines.set(out, line);
    return lowered;
  }

  /** The module's comments, in source order, to carry over to the statements they precede. */
  setComments(comments: readonly Comment[]): void {
    this.comments = [...comments].sort((a, b) => a.span.start - b.span.start);
    this.nextComment = 0;
  }

  /** The comments before `offset` not yet placed, as IR comments. */
  commentsBefore(offset: number): TsStmt[] {
    const taken: TsStmt[] = [];
    while (this.nextComment < this.comments.length && this.comments[this.nextComment]!.span.start < offset) {
      taken.push({ kind: "Comment", text: this.comments[this.nextComment]!.text.trim() });
      this.nextComment++;
    }
    return taken;
  }

  get frame(): FunctionFrame {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) throw new Error("internal error: lowering outside any scope");
    return frame;
  }

  get scope(): Scope {
    return this.frame.scope;
  }

  withFrame<T>(frame: FunctionFrame, body: () => T): T {
    this.frames.push(frame);
    try {
      return body();
    } finally {
      this.frames.pop();
    }
  }

  /** How a reference to a method's `self`/`cls` is spelled here: `this` inside the method
   *  and its arrow functions; the Python name (declared `const self = this`) elsewhere. */
  thisReference(scope: Scope, id: string): "this" | null {
    for (let index = this.frames.length - 1; index >= 0; index--) {
      const frame = this.frames[index]!;
      if (frame.thisParam?.scope === scope && frame.thisParam.id === id) {
        const crossesFunction = this.frames.slice(index + 1).some((inner) => !inner.arrow);
        if (!crossesFunction) return "this";
        frame.needsSelfAlias = true;
        return null;
      }
    }
    return null;
  }

  /** Lowers a loop body with `label` as the target of its `break`s (for `for … else`). */
  inLoop<T>(label: string | null, body: () => T): T {
    const loops = (this.frame.loops ??= []);
    loops.push(label);
    try {
      return body();
    } finally {
      loops.pop();
    }
  }

  /** The label a `break` here must name, if its loop has an `else`. */
  breakLabel(): string | undefined {
    const loops = this.frame.loops;
    return loops && loops.length > 0 ? (loops[loops.length - 1] ?? undefined) : undefined;
  }

  /** A runtime helper from the builtins module, e.g. `add` or `truth`. */
  helper(name: string): TsExpr {
    return { kind: "Id", name: this.imports.named_(BUILTINS_MODULE, name) };
  }

  callHelper(name: string, ...args: TsExpr[]): TsExpr {
    return { kind: "Call", callee: this.helper(name), args };
  }

  /** A fresh temporary, declared with `let` at the top of the current function. */
  temp(preferred: string): TsExpr {
    const name = this.names.fresh(preferred);
    this.frame.temps.push(name);
    return { kind: "Id", name };
  }

  /** Reports a construct the transpiler cannot yet convert exactly. The file then has an
   *  error and no output is written, so the placeholder never reaches a program. */
  unsupported(node: Node | Span, what: string): TsExpr {
    const span = "span" in node ? node.span : node;
    this.sink.reportIn(this.file, unsupportedConstruct(span, what));
    return { kind: "Undefined" };
  }

  unsupportedStmt(node: Node, what: string): TsStmt[] {
    this.unsupported(node, what);
    return [];
  }

  awaitIf(blocks: boolean, expr: TsExpr): TsExpr {
    return blocks ? { kind: "Await", value: expr } : expr;
  }
}
