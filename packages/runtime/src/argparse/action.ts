// argparse's Namespace, Action records and the errors, as in CPython's Lib/argparse.py.
import { Exception } from "../builtins/exceptions.js";
import { repr } from "../builtins/repr.js";
import { str } from "../builtins/repr.js";

export const SUPPRESS = "==SUPPRESS==";
export const OPTIONAL = "?";
export const ZERO_OR_MORE = "*";
export const ONE_OR_MORE = "+";
export const PARSER = "A...";
export const REMAINDER = "...";

export class Namespace {
  /** Parsed options are attributes named by the parser's arguments. */
  [key: string]: any;
  static readonly __module__ = "argparse";
  static readonly __name__ = "Namespace";
  constructor(kwargs?: unknown) {
    const rec = (kwargs as { record?: Record<string, unknown> } | undefined)?.record;
    if (rec) Object.assign(this, rec);
  }
  __repr__(): string {
    const entries = Object.entries(this);
    const parts: string[] = [];
    const star: string[] = [];
    for (const [k, v] of entries) {
      if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(k)) parts.push(`${k}=${repr(v)}`);
      else star.push(`${repr(k)}: ${repr(v)}`);
    }
    if (star.length) parts.push(`**{${star.join(", ")}}`);
    return `Namespace(${parts.join(", ")})`;
  }
  __contains__(key: unknown): boolean {
    return typeof key === "string" && Object.hasOwn(this, key);
  }
  __eq__(o: unknown): unknown {
    if (!(o instanceof Namespace)) return Symbol.for("py2ts.NotImplemented");
    return repr(this) === repr(o);
  }
}

export type ActionKind =
  | "store" | "store_const" | "store_true" | "store_false" | "append" | "append_const" | "extend" | "count" | "help"
  | "version" | "parsers";

export interface Action {
  kind: ActionKind;
  option_strings: string[];
  dest: string;
  nargs: unknown;
  const: unknown;
  default: unknown;
  type: unknown;
  choices: unknown[] | null;
  required: boolean;
  help: string | null;
  metavar: unknown;
  version?: string;
  /** For subparsers: name → parser, and the pseudo-actions listed in help. */
  parsers?: Map<string, unknown>;
  choicesActions?: Action[];
  container?: unknown;
}

export class ArgumentError extends Exception {
  static readonly __module__: string = "argparse";
  static readonly __name__: string = "ArgumentError";
  // `declare`: field initializers would run after BaseException's constructor called __init__.
  declare argument_name: string | null;
  declare _message: string;
  override __init__(...args: unknown[]): void {
    const [action, message] = args as [Action | null, string];
    this.argument_name = action ? actionName(action) : null;
    this._message = message;
    super.__init__(this.argument_name === null ? message : `argument ${this.argument_name}: ${message}`);
  }
  override __str__(): string {
    return this.argument_name === null ? this._message : `argument ${this.argument_name}: ${this._message}`;
  }
}

export class ArgumentTypeError extends Exception {
  static readonly __module__: string = "argparse";
  static readonly __name__: string = "ArgumentTypeError";
}

/** argparse._get_action_name. */
export function actionName(a: Action): string | null {
  if (a.option_strings.length) return a.option_strings.join("/");
  if (a.metavar !== null && a.metavar !== undefined && a.metavar !== SUPPRESS) return str(a.metavar);
  if (a.dest !== SUPPRESS) return a.dest;
  if (a.choices) return `{${a.choices.map((c) => str(c)).join(",")}}`;
  return null;
}

/** How many strings an action consumes: nargs 0 for flags. */
export function nargsOf(a: Action): unknown {
  return a.nargs;
}
