// Integer ranges: for each int variable, an interval every value it can hold lies in, so that
// lowering can compute `i * j % 7` with raw JS arithmetic where no intermediate can leave the
// safe-integer range. A fixpoint over the sources the type solver collected (types.ts), widened
// to "unbounded" when a bound keeps moving. Two kinds of source:
//   direct:     `x = e`, a call's argument for a parameter, a `range()` loop counter — x lies in e;
//   stepping:   `x += e`, `x = x - e`, a recursive call `f(n - 1)` — x moves by e from a value it had.
// A stepping source can run at most MAX_EXECUTIONS times in a run (docs/ARCHITECTURE.md,
// "Types, and speed", gives the reasoning), which bounds an accumulator by its steps.

import type { Expr, FunctionDef } from "../ast/nodes.js";
import type { Scope } from "./scopes.js";
import type { Symbols } from "./symbols.js";
import type { TypeSolver } from "./type-solver.js";
import type { Source } from "./types.js";

/** The closed interval [lo, hi]; null is unbounded on that side. */
export interface Interval {
  readonly lo: bigint | null;
  readonly hi: bigint | null;
}

/** How many times any one statement (a loop body, an `x += e`, a call) can run in one program run. */
export const MAX_EXECUTIONS = 1n << 44n;
export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const TOP: Interval = { lo: null, hi: null };
/** `len()` of a list or str: a JS array or string length. */
const MAX_LENGTH = (1n << 32n) - 1n;
/** `len()` of anything else: CPython raises OverflowError above sys.maxsize. */
const MAX_SIZE = (1n << 63n) - 1n;
/** Rounds in which a variable's interval may still grow before its moving bounds are widened. */
const ROUNDS_BEFORE_WIDENING = 4;
const MAX_ROUNDS = 100;

const exact = (value: bigint): Interval => ({ lo: value, hi: value });
const min = (a: bigint, b: bigint) => (a < b ? a : b);
const max = (a: bigint, b: bigint) => (a > b ? a : b);

/** Whether every value in the interval is an int JS numbers hold exactly. */
export function isSafe(interval: Interval | undefined): boolean {
  return !!interval && interval.lo !== null && interval.hi !== null && interval.lo >= -MAX_SAFE && interval.hi <= MAX_SAFE;
}

export function hull(a: Interval | undefined, b: Interval | undefined): Interval | undefined {
  if (!a) return b;
  if (!b) return a;
  return { lo: a.lo === null || b.lo === null ? null : min(a.lo, b.lo), hi: a.hi === null || b.hi === null ? null : max(a.hi, b.hi) };
}

function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo === null || b.lo === null ? null : a.lo + b.lo, hi: a.hi === null || b.hi === null ? null : a.hi + b.hi };
}

function negate(a: Interval): Interval {
  return { lo: a.hi === null ? null : -a.hi, hi: a.lo === null ? null : -a.lo };
}

function multiply(a: Interval, b: Interval): Interval {
  if (a.lo === null || a.hi === null || b.lo === null || b.hi === null) {
    // Unbounded unless both sides are non-negative (then the lower bound stands).
    if (a.lo !== null && b.lo !== null && a.lo >= 0n && b.lo >= 0n) return { lo: a.lo * b.lo, hi: null };
    return TOP;
  }
  const corners = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
  return { lo: corners.reduce(min), hi: corners.reduce(max) };
}

/** Python's `a % b` for b in [b.lo, b.hi] with b.lo ≥ 1: in [0, b.hi - 1], and at most a when a ≥ 0. */
function modulo(a: Interval, b: Interval): Interval {
  if (b.lo === null || b.lo < 1n) return TOP;
  let hi = b.hi === null ? null : b.hi - 1n;
  if (a.lo !== null && a.lo >= 0n && a.hi !== null) hi = hi === null ? a.hi : min(hi, a.hi);
  return { lo: 0n, hi };
}

/** Python's `a // b` for a positive constant b: floor division is monotonic in a. */
function floorDivide(a: Interval, b: Interval): Interval {
  if (b.lo === null || b.lo < 1n || b.lo !== b.hi) return TOP;
  const floor = (x: bigint) => (x >= 0n ? x / b.lo! : -((-x + b.lo! - 1n) / b.lo!));
  return { lo: a.lo === null ? null : floor(a.lo), hi: a.hi === null ? null : floor(a.hi) };
}

type Key = string;

interface Variable {
  readonly scope: Scope;
  readonly id: string;
  /** Where its values come from; null when something unseen may bind it. */
  readonly sources: readonly Source[] | null;
  readonly arguments: readonly { expr: Expr; scope: Scope }[] | null;
  readonly param: boolean;
}

export class IntervalSolver {
  private readonly variables = new Map<Key, Variable>();
  private readonly state = new Map<Key, Interval>();
  private readonly growth = new Map<Key, number>();
  private readonly scopeIds = new Map<Scope, number>();
  private solved = false;

  constructor(
    private readonly symbols: Symbols,
    private readonly solver: TypeSolver,
  ) {}

  /** The interval of an int expression's values, or undefined when it is not known to be bounded. */
  intervalOf(expr: Expr, scope: Scope): Interval | undefined {
    this.solve();
    return this.evaluate(expr, scope);
  }

  private key(scope: Scope, id: string): Key {
    let number = this.scopeIds.get(scope);
    if (number === undefined) this.scopeIds.set(scope, (number = this.scopeIds.size));
    return `${number}:${id}`;
  }

  private solve(): void {
    if (this.solved) return;
    this.solved = true;
    for (const [scope, vars] of this.solver.variablesWithSources()) {
      for (const [id, sources] of vars) this.addVariable(scope, id, sources);
    }
    const visitScope = (scope: Scope) => {
      if (scope.kind === "function" && scope.node.kind === "FunctionDef") {
        for (const [id, kinds] of scope.bindings) if (kinds.includes("param")) this.addVariable(scope, id, this.solver.variablesWithSources().get(scope)?.get(id) ?? []);
      }
      scope.children.forEach(visitScope);
    };
    visitScope(this.symbols.scopes.module);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (!this.round()) return;
    }
    // Not settled: nothing is known.
    for (const key of this.state.keys()) this.state.set(key, TOP);
  }

  private addVariable(scope: Scope, id: string, sources: readonly Source[]): void {
    const key = this.key(scope, id);
    if (this.variables.has(key)) return;
    const kinds = scope.bindings.get(id) ?? [];
    const param = kinds.includes("param");
    // Only ints are tracked; the type solver's int means every binding is one of `sources`
    // (and, for a parameter, every call site is seen).
    const int = this.solver.variable(scope, id).kind === "int";
    const def = scope.node as FunctionDef;
    const args = param && int ? this.solver.parameterArguments(def, scope, id) : null;
    const known = int && (!param || args !== null);
    this.variables.set(key, { scope, id, sources: known ? sources : null, arguments: args, param });
  }

  /** One pass over every variable; true when an interval grew. */
  private round(): boolean {
    let changed = false;
    for (const [key, variable] of this.variables) {
      const old = this.state.get(key);
      let next = hull(old, this.compute(variable));
      if (!next || (old && old.lo === next.lo && old.hi === next.hi)) continue;
      const count = (this.growth.get(key) ?? 0) + 1;
      this.growth.set(key, count);
      if (old && count > ROUNDS_BEFORE_WIDENING) next = { lo: old.lo === next.lo ? next.lo : null, hi: old.hi === next.hi ? next.hi : null };
      this.state.set(key, next);
      changed = true;
    }
    return changed;
  }

  /** Direct values joined, then moved by every stepping source run MAX_EXECUTIONS times. */
  private compute(variable: Variable): Interval | undefined {
    if (!variable.sources) return TOP;
    let direct: Interval | undefined;
    const steps: (Interval | undefined)[] = [];
    const self = (expr: Expr, scope: Scope): boolean => {
      if (expr.kind !== "Name") return false;
      const symbol = this.symbols.resolveName(expr.id, scope);
      return symbol.kind === "variable" && symbol.id === variable.id && symbol.scope === variable.scope;
    };
    // `x + e`, `e + x`, `x - e` where x is the variable itself: a step by e (or -e).
    const assignment = (expr: Expr, scope: Scope) => {
      if (expr.kind === "BinOp" && (expr.op === "Add" || expr.op === "Sub") && this.isInt(expr.left, scope) && this.isInt(expr.right, scope)) {
        if (self(expr.left, scope)) {
          const step = this.evaluate(expr.right, scope);
          steps.push(step && expr.op === "Sub" ? negate(step) : step);
          return;
        }
        if (expr.op === "Add" && self(expr.right, scope)) {
          steps.push(this.evaluate(expr.left, scope));
          return;
        }
      }
      direct = hull(direct, this.evaluate(expr, scope)); // undefined: not reached yet
    };
    for (const source of variable.sources) {
      switch (source.kind) {
        case "expr":
          assignment(source.expr, source.scope);
          break;
        case "augmented":
          assignment({ kind: "BinOp", left: source.target, op: source.op, right: source.value, span: source.value.span }, source.scope);
          break;
        case "range":
          direct = hull(direct, this.rangeCounter(source.call, source.scope));
          break;
        case "fixed":
        case "element":
          return TOP;
      }
    }
    for (const argument of variable.arguments ?? []) assignment(argument.expr, argument.scope);
    if (!direct) return undefined;
    let lo = direct.lo;
    let hi = direct.hi;
    for (const step of steps) {
      if (!step) continue; // not reached yet
      if (step.lo === null) lo = null;
      else if (lo !== null && step.lo < 0n) lo += step.lo * MAX_EXECUTIONS;
      if (step.hi === null) hi = null;
      else if (hi !== null && step.hi > 0n) hi += step.hi * MAX_EXECUTIONS;
    }
    return { lo, hi };
  }

  /** A counter of range(a, b, s) is a + s·k for k < MAX_EXECUTIONS, short of b. */
  private rangeCounter(call: Expr & { kind: "Call" }, scope: Scope): Interval | undefined {
    const args = call.args;
    if (call.keywords.length > 0 || args.length < 1 || args.length > 3 || args.some((arg) => arg.kind === "Starred" || !this.isInt(arg, scope))) return TOP;
    const start = args.length >= 2 ? this.evaluate(args[0]!, scope) : exact(0n);
    const stop = this.evaluate(args[args.length >= 2 ? 1 : 0]!, scope);
    const step = args.length === 3 ? this.evaluate(args[2]!, scope) : exact(1n);
    if (!start || !stop || !step) return undefined; // not reached yet
    const reach = (s: bigint | null) => (s === null ? null : s * (MAX_EXECUTIONS - 1n));
    if (step.lo !== null && step.lo > 0n) {
      const far = start.hi === null || step.hi === null ? null : start.hi + reach(step.hi)!;
      const hi = stop.hi === null ? far : far === null ? stop.hi - 1n : min(far, stop.hi - 1n);
      return { lo: start.lo, hi };
    }
    if (step.hi !== null && step.hi < 0n) {
      const far = start.lo === null || step.lo === null ? null : start.lo + reach(step.lo)!;
      const lo = stop.lo === null ? far : far === null ? stop.lo + 1n : max(far, stop.lo + 1n);
      return { lo, hi: start.hi };
    }
    // Either direction: between start and stop.
    return hull(start, stop)!;
  }

  private isInt(expr: Expr, scope: Scope): boolean {
    return this.symbols.evaluate(expr, scope).kind === "int";
  }

  /** The interval of an int expression under the current state (undefined: not reached yet). */
  private evaluate(expr: Expr, scope: Scope): Interval | undefined {
    const type = this.symbols.evaluate(expr, scope).kind;
    if (type === "bottom") return undefined;
    if (type !== "int") return TOP;
    switch (expr.kind) {
      case "Constant":
        return expr.value.type === "int" ? exact(expr.value.value) : TOP;
      case "Name": {
        const symbol = this.symbols.resolveName(expr.id, scope);
        if (symbol.kind !== "variable") return TOP;
        const key = this.key(symbol.scope, symbol.id);
        if (!this.variables.has(key)) return TOP;
        return this.state.get(key);
      }
      case "UnaryOp": {
        const operand = this.evaluate(expr.operand, scope);
        if (!operand) return undefined;
        if (this.symbols.evaluate(expr.operand, scope).kind !== "int") return TOP;
        return expr.op === "USub" ? negate(operand) : expr.op === "UAdd" ? operand : TOP;
      }
      case "BinOp": {
        const left = this.evaluate(expr.left, scope);
        const right = this.evaluate(expr.right, scope);
        if (!left || !right) return undefined;
        if (!this.isInt(expr.left, scope) || !this.isInt(expr.right, scope)) return TOP;
        switch (expr.op) {
          case "Add":
            return add(left, right);
          case "Sub":
            return add(left, negate(right));
          case "Mult":
            return multiply(left, right);
          case "Mod":
            return modulo(left, right);
          case "FloorDiv":
            return floorDivide(left, right);
          default:
            return TOP;
        }
      }
      case "IfExp": {
        const body = this.evaluate(expr.body, scope);
        const orelse = this.evaluate(expr.orelse, scope);
        return body && orelse ? hull(body, orelse) : undefined;
      }
      case "Call": {
        const callee = expr.func.kind === "Name" ? this.symbols.resolveName(expr.func.id, scope) : null;
        if (callee?.kind === "builtin" && callee.name === "len" && expr.args.length === 1 && expr.keywords.length === 0 && expr.args[0]!.kind !== "Starred") {
          const container = this.symbols.evaluate(expr.args[0]!, scope).kind;
          return { lo: 0n, hi: container === "list" || container === "str" ? MAX_LENGTH : MAX_SIZE };
        }
        return TOP;
      }
      default:
        return TOP;
    }
  }
}
