// One run of ArgumentParser._parse_known_args: the command line as an 'O'/'A'/'-' pattern,
// positionals matched in chunks between options, each action applied as CPython applies it.
import { OPTIONAL, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE, ArgumentError, Namespace, actionName, type Action } from "./action.js";
import { repr, str } from "../builtins/repr.js";
import { callMethod } from "../builtins/attributes.js";
import { sysStreams } from "../builtins/stdio.js";
import type { ArgumentParser } from "./parser.js";
import { nargsPattern } from "./parser.js";

type OptionTuple = [Action | null, string, string | null];

export class Parse {
  private readonly optionIndices = new Map<number, OptionTuple>();
  private pattern = "";
  private positionals: Action[];
  private readonly extras: string[] = [];
  private readonly seen = new Set<Action>();
  private readonly seenNonDefault = new Set<Action>();

  constructor(private readonly p: ArgumentParser, private readonly args: string[], private readonly ns: Namespace & Record<string, unknown>) {
    this.positionals = p._actions.filter((a) => !a.option_strings.length);
  }

  run(): string[] {
    const { args } = this;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "--") {
        this.pattern += "-" + "A".repeat(args.length - i - 1);
        break;
      }
      const t = this.parseOptional(args[i]!);
      if (t === null) this.pattern += "A";
      else {
        this.optionIndices.set(i, t);
        this.pattern += "O";
      }
    }
    const indices = [...this.optionIndices.keys()];
    const maxOption = indices.length ? Math.max(...indices) : -1;
    let start = 0;
    while (start <= maxOption) {
      const next = Math.min(...indices.filter((i) => i >= start));
      if (start !== next) {
        const end = this.consumePositionals(start);
        if (end > start) {
          start = end;
          continue;
        }
        start = end;
      }
      if (!this.optionIndices.has(start)) {
        this.extras.push(...args.slice(start, next));
        start = next;
      }
      start = this.consumeOptional(start);
    }
    const stop = this.consumePositionals(start);
    this.extras.push(...args.slice(stop));
    this.finish();
    return this.extras;
  }

  private finish(): void {
    const required: string[] = [];
    for (const a of this.p._actions) {
      if (this.seen.has(a)) continue;
      if (a.required) required.push(actionName(a)!);
      else if (typeof a.default === "string" && has(this.ns, a.dest) && this.ns[a.dest] === a.default && a.default !== SUPPRESS) {
        this.ns[a.dest] = this.p._getValue(a, a.default);
      }
    }
    if (required.length) this.p.error(`the following arguments are required: ${required.join(", ")}`);
    for (const g of this.p._exclusive) {
      if (g.required && !g.actions.some((a) => this.seenNonDefault.has(a))) {
        const names = g.actions.filter((a) => a.help !== SUPPRESS).map((a) => actionName(a));
        this.p.error(`one of the arguments ${names.join(" ")} is required`);
      }
    }
  }

  private parseOptional(arg: string): OptionTuple | null {
    const chars = this.p.prefix_chars;
    if (!arg || !chars.includes(arg[0]!)) return null;
    const exact = this.p._optionMap.get(arg);
    if (exact) return [exact, arg, null];
    if (arg.length === 1) return null;
    if (arg.includes("=")) {
      const eq = arg.indexOf("=");
      const a = this.p._optionMap.get(arg.slice(0, eq));
      if (a) return [a, arg.slice(0, eq), arg.slice(eq + 1)];
    }
    const tuples = this.optionTuples(arg);
    if (tuples.length > 1) {
      this.p.error(`ambiguous option: ${arg} could match ${tuples.map((t) => t[1]).join(", ")}`);
    }
    if (tuples.length === 1) return tuples[0]!;
    if (/^-\d+$|^-\d*\.\d+$/.test(arg) && ![...this.p._optionMap.keys()].some((o) => /^-\d+$|^-\d*\.\d+$/.test(o))) return null;
    if (arg.includes(" ")) return null;
    return [null, arg, null];
  }

  private optionTuples(s: string): OptionTuple[] {
    const chars = this.p.prefix_chars;
    const out: OptionTuple[] = [];
    if (chars.includes(s[0]!) && chars.includes(s[1]!)) {
      if (!this.p.allow_abbrev) return out;
      const eq = s.indexOf("=");
      const prefix = eq >= 0 ? s.slice(0, eq) : s;
      const explicit = eq >= 0 ? s.slice(eq + 1) : null;
      for (const [o, a] of this.p._optionMap) if (o.startsWith(prefix)) out.push([a, o, explicit]);
    } else if (chars.includes(s[0]!)) {
      const short = s.slice(0, 2);
      for (const [o, a] of this.p._optionMap) {
        if (o === short) out.push([a, o, s.slice(2)]);
        else if (o.startsWith(s)) out.push([a, o, null]);
      }
    }
    return out;
  }

  private matchArgument(a: Action, pattern: string): number {
    const m = new RegExp("^" + nargsPattern(a)).exec(pattern);
    if (!m) {
      let msg: string;
      switch (a.nargs) {
        case null: case undefined: msg = "expected one argument"; break;
        case OPTIONAL: msg = "expected at most one argument"; break;
        case "+": msg = "expected at least one argument"; break;
        default: msg = a.nargs === 1 ? "expected 1 argument" : `expected ${String(a.nargs)} arguments`;
      }
      throw new ArgumentError(a, msg);
    }
    return m[1]!.length;
  }

  private consumePositionals(start: number): number {
    const selected = this.pattern.slice(start);
    let counts: number[] = [];
    for (let i = this.positionals.length; i >= 0; i--) {
      const re = new RegExp("^" + this.positionals.slice(0, i).map(nargsPattern).join(""));
      const m = re.exec(selected);
      if (m) {
        counts = m.slice(1).map((g) => g!.length);
        break;
      }
    }
    counts.forEach((n, k) => {
      const a = this.positionals[k]!;
      const args = this.args.slice(start, start + n);
      start += n;
      this.take(a, args, null);
    });
    this.positionals = this.positionals.slice(counts.length);
    return start;
  }

  private consumeOptional(start: number): number {
    let [action, optionString, explicit] = this.optionIndices.get(start)!;
    const chars = this.p.prefix_chars;
    const todo: [Action, string[], string][] = [];
    let stop: number;
    for (;;) {
      if (action === null) {
        this.extras.push(this.args[start]!);
        return start + 1;
      }
      if (explicit !== null) {
        const count = this.matchArgument(action, "A");
        if (count === 0 && !chars.includes(optionString[1]!) && explicit !== "") {
          todo.push([action, [], optionString]);
          optionString = optionString[0]! + explicit[0]!;
          const rest = explicit.slice(1) || null;
          const next = this.p._optionMap.get(optionString);
          if (!next) throw new ArgumentError(action, `ignored explicit argument ${repr(explicit)}`);
          action = next;
          explicit = rest;
        } else if (count === 1) {
          stop = start + 1;
          todo.push([action, [explicit], optionString]);
          break;
        } else {
          throw new ArgumentError(action, `ignored explicit argument ${repr(explicit)}`);
        }
      } else {
        const s = start + 1;
        const count = this.matchArgument(action, this.pattern.slice(s));
        stop = s + count;
        todo.push([action, this.args.slice(s, stop), optionString]);
        break;
      }
    }
    for (const [a, args, o] of todo) this.take(a, args, o);
    return stop;
  }

  private take(a: Action, strings: string[], optionString: string | null): void {
    this.seen.add(a);
    const values = this.values(a, strings);
    if (values !== a.default) {
      this.seenNonDefault.add(a);
      for (const g of this.p._exclusive) {
        if (!g.actions.includes(a)) continue;
        for (const other of g.actions) {
          if (other !== a && this.seenNonDefault.has(other)) throw new ArgumentError(a, `not allowed with argument ${actionName(other)}`);
        }
      }
    }
    if (values !== SUPPRESS) applyAction(this.p, a, this.ns, values, optionString);
  }

  private values(a: Action, strings: string[]): unknown {
    let s = strings;
    if (a.nargs !== PARSER && a.nargs !== REMAINDER) {
      const i = s.indexOf("--");
      if (i >= 0) s = [...s.slice(0, i), ...s.slice(i + 1)];
    }
    if (!s.length && a.nargs === OPTIONAL) {
      let v = a.option_strings.length ? a.const : a.default;
      if (typeof v === "string") {
        v = this.p._getValue(a, v);
        this.p._checkValue(a, v);
      }
      return v;
    }
    if (!s.length && a.nargs === ZERO_OR_MORE && !a.option_strings.length) {
      const v = a.default !== null ? a.default : s;
      if (Array.isArray(v)) for (const x of v) this.p._checkValue(a, x);
      else this.p._checkValue(a, v);
      return v;
    }
    if (s.length === 1 && (a.nargs === null || a.nargs === undefined || a.nargs === OPTIONAL)) {
      const v = this.p._getValue(a, s[0]!);
      this.p._checkValue(a, v);
      return v;
    }
    if (a.nargs === REMAINDER) return s.map((x) => this.p._getValue(a, x));
    if (a.nargs === PARSER) {
      const v = s.map((x) => this.p._getValue(a, x));
      this.p._checkValue(a, v[0]);
      return v;
    }
    if (a.nargs === SUPPRESS) return SUPPRESS;
    const v = s.map((x) => this.p._getValue(a, x));
    for (const x of v) this.p._checkValue(a, x);
    return v;
  }
}

const has = (o: object, k: string): boolean => Object.hasOwn(o, k);

function applyAction(p: ArgumentParser, a: Action, ns: Namespace & Record<string, unknown>, values: unknown, _opt: string | null): void {
  const list = (): unknown[] => {
    const cur = ns[a.dest];
    return cur === null || cur === undefined ? [] : [...(cur as unknown[])];
  };
  switch (a.kind) {
    case "store": ns[a.dest] = values; return;
    case "store_const": case "store_true": case "store_false": ns[a.dest] = a.const; return;
    case "append": ns[a.dest] = [...list(), values]; return;
    case "append_const": ns[a.dest] = [...list(), a.const]; return;
    case "extend": ns[a.dest] = [...list(), ...(values as unknown[])]; return;
    case "count": {
      const cur = ns[a.dest];
      ns[a.dest] = (cur === null || cur === undefined ? 0 : (cur as number)) + 1;
      return;
    }
    case "help":
      p.print_help();
      p.exit(0);
    // falls through (exit never returns)
    case "version": {
      const v = a.version ?? null;
      callMethod(sysStreams.stdout, "write", (v === null ? "" : str(v).replaceAll("%(prog)s", p.prog)) + "\n");
      p.exit();
    }
    // falls through
    case "parsers": {
      const [name, ...rest] = values as string[];
      if (a.dest !== SUPPRESS) ns[a.dest] = name;
      const sub = a.parsers!.get(name!) as ArgumentParser;
      const [subNs, extras] = sub._parseKnown(rest, null);
      for (const [k, v] of Object.entries(subNs)) ns[k] = v;
      if (extras.length) ns._UNRECOGNIZED_ARGS_ATTR = [...((ns._UNRECOGNIZED_ARGS_ATTR as string[]) ?? []), ...extras];
      return;
    }
  }
}
