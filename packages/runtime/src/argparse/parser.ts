// argparse.ArgumentParser: CPython 3.11's parsing algorithm (an 'O'/'A' pattern of the command
// line matched against each action's nargs regex), its actions, and its exact error texts.
import { TypeError, ValueError } from "../builtins/exceptions.js";
import { SystemExit } from "../builtins/exception-classes.js";
import { bindArguments, callFunction, Kwargs, signatureFromText, splitKwargs } from "../builtins/call.js";
import { contains } from "../builtins/items.js";
import { PyTuple } from "../builtins/tuple.js";
import { repr, str } from "../builtins/repr.js";
import { sysStreams } from "../builtins/stdio.js";
import { callMethod } from "../builtins/attributes.js";
import { argv as sysArgv } from "../sys.js";
import {
  ArgumentError, ArgumentTypeError, Namespace, OPTIONAL, ONE_OR_MORE, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE,
  actionName, type Action, type ActionKind,
} from "./action.js";
import { HelpFormatter, type Group } from "./help.js";
import { Parse } from "./parse.js";
import { ArgumentGroup, MutuallyExclusiveGroup, SubParsersAction } from "./groups.js";

const parserSig = signatureFromText(
  "ArgumentParser(prog=, usage=, description=, epilog=, parents=, formatter_class=, prefix_chars=, fromfile_prefix_chars=, argument_default=, conflict_handler=, add_help=, allow_abbrev=, exit_on_error=)",
);
const argSig = signatureFromText(
  "add_argument(*args, action=, nargs=, const=, default=, type=, choices=, required=, help=, metavar=, dest=, version=)",
);
const parseSig = signatureFromText("parse_args(args=, namespace=)");
const fileSig = signatureFromText("print_help(file=)");
const exitSig = signatureFromText("exit(status=, message=)");
const subSig = signatureFromText("add_subparsers(*, title=, description=, prog=, dest=, required=, help=, metavar=)");

const has = (ns: object, k: string): boolean => Object.hasOwn(ns, k);
const NARGS_ZERO: ReadonlySet<ActionKind> = new Set(["store_const", "store_true", "store_false", "append_const", "count", "help", "version"]);

function nargsPattern(a: Action): string {
  let p: string;
  switch (a.nargs) {
    case null: case undefined: p = "(-*A-*)"; break;
    case OPTIONAL: p = "(-*A?-*)"; break;
    case ZERO_OR_MORE: p = "(-*[A-]*)"; break;
    case ONE_OR_MORE: p = "(-*A[A-]*)"; break;
    case REMAINDER: p = "([-AO]*)"; break;
    case PARSER: p = "(-*A[-AO]*)"; break;
    case SUPPRESS: p = "(-*-*)"; break;
    default: p = `(-*${Array(a.nargs as number).fill("A").join("-*")}-*)`;
  }
  return a.option_strings.length ? p.replaceAll("-*", "").replaceAll("-", "") : p;
}

export class ArgumentParser {
  static readonly __module__ = "argparse";
  static readonly __name__ = "ArgumentParser";
  prog: string;
  usage: string | null;
  description: string | null;
  epilog: string | null;
  prefix_chars: string;
  argument_default: unknown;
  allow_abbrev: boolean;
  exit_on_error: boolean;
  _actions: Action[] = [];
  _optionMap = new Map<string, Action>();
  _defaults = new Map<string, unknown>();
  _groups: Group[];
  _positionals: Group;
  _optionals: Group;
  _exclusive: { actions: Action[]; required: boolean }[] = [];
  _subparsers: Action | null = null;

  constructor(...args: unknown[]) {
    const [prog, usage, description, epilog, , , prefixChars, , argumentDefault, , addHelp, allowAbbrev, exitOnError] =
      bindArguments(parserSig, args);
    this.prog = (prog ?? (sysArgv[0] ?? "").split("/").pop() ?? "") as string;
    this.usage = (usage ?? null) as string | null;
    this.description = (description ?? null) as string | null;
    this.epilog = (epilog ?? null) as string | null;
    this.prefix_chars = (prefixChars ?? "-") as string;
    this.argument_default = argumentDefault ?? null;
    this.allow_abbrev = allowAbbrev !== false;
    this.exit_on_error = exitOnError !== false;
    this._positionals = { title: "positional arguments", description: null, actions: [] };
    this._optionals = { title: "options", description: null, actions: [] };
    this._groups = [this._positionals, this._optionals];
    if (addHelp !== false) {
      const p = this.prefix_chars.includes("-") ? "-" : this.prefix_chars[0]!;
      this.add_argument(p + "h", p + p + "help", new Kwargs({ action: "help", default: SUPPRESS, help: "show this help message and exit" }));
    }
  }

  add_argument(...args: unknown[]): Action {
    return this._addArgument(args, null);
  }

  _addArgument(args: unknown[], group: Group | null): Action {
    const [, kw] = splitKwargs(args);
    const [names, kind, nargs, konst, dflt, type, choices, required, help, metavar, dest, version] = bindArguments(argSig, args);
    const strs = [...(names as unknown[])] as string[];
    const isPositional = strs.length === 0 || (strs.length === 1 && !this.prefix_chars.includes(strs[0]![0] ?? ""));
    const k = (kind ?? "store") as ActionKind | "parsers";
    if (!["store", "store_const", "store_true", "store_false", "append", "append_const", "extend", "count", "help", "version"].includes(k)) {
      throw new ValueError(`unknown action "${str(k)}"`);
    }
    let d: string;
    if (isPositional) {
      if (strs.length && dest !== undefined) throw new ValueError("dest supplied twice for positional argument");
      if ("required" in kw) throw new TypeError("'required' is an invalid argument for positionals");
      d = (dest ?? strs[0]) as string;
    } else {
      for (const s of strs) {
        if (!this.prefix_chars.includes(s[0] ?? "")) {
          throw new ValueError(`invalid option string ${repr(s)}: must start with a character ${repr(this.prefix_chars)}`);
        }
      }
      const long = strs.find((s) => s.length > 1 && this.prefix_chars.includes(s[1]!)) ?? strs[0]!;
      d = (dest ?? long.replace(new RegExp(`^[${this.prefix_chars.replace(/[-\]\\^]/g, "\\$&")}]+`), "").replaceAll("-", "_")) as string;
    }
    const zero = NARGS_ZERO.has(k);
    let defaultValue: unknown = "default" in kw ? dflt : undefined;
    if (defaultValue === undefined) {
      if (this._defaults.has(d)) defaultValue = this._defaults.get(d);
      else if (k === "store_true") defaultValue = false;
      else if (k === "store_false") defaultValue = true;
      else if (k === "help" || k === "version") defaultValue = SUPPRESS;
      else defaultValue = this.argument_default;
    }
    const action: Action = {
      kind: k,
      option_strings: isPositional ? [] : strs,
      dest: k === "help" || k === "version" ? (dest ?? SUPPRESS) as string : d,
      nargs: zero ? 0 : (nargs ?? null),
      const: k === "store_true" ? true : k === "store_false" ? false : (konst ?? null),
      default: defaultValue,
      type: type ?? null,
      choices: choices === undefined || choices === null ? null : [...(choices as Iterable<unknown>)],
      required: isPositional ? !(nargs === OPTIONAL || (nargs === ZERO_OR_MORE && "default" in kw)) : required === true,
      help: (help ?? (k === "version" ? "show program's version number and exit" : null)) as string | null,
      metavar: metavar ?? null,
      version: version as string | undefined,
    };
    if (!zero && nargs === 0) {
      throw new ValueError(
        "nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate",
      );
    }
    return this._register(action, group);
  }

  _register(action: Action, group: Group | null): Action {
    for (const o of action.option_strings) {
      if (this._optionMap.has(o)) throw new ArgumentError(action, `conflicting option string: ${o}`);
    }
    for (const o of action.option_strings) this._optionMap.set(o, action);
    this._actions.push(action);
    (group ?? (action.option_strings.length ? this._optionals : this._positionals)).actions.push(action);
    return action;
  }

  add_argument_group(...args: unknown[]): ArgumentGroup {
    const [title, description] = bindArguments(signatureFromText("add_argument_group(title=, description=)"), args);
    const g: Group = { title: (title ?? null) as string | null, description: (description ?? null) as string | null, actions: [] };
    this._groups.push(g);
    return new ArgumentGroup(this, g);
  }

  add_mutually_exclusive_group(...args: unknown[]): MutuallyExclusiveGroup {
    const [required] = bindArguments(signatureFromText("add_mutually_exclusive_group(required=)"), args);
    const g = { actions: [] as Action[], required: required === true };
    this._exclusive.push(g);
    return new MutuallyExclusiveGroup(this, g);
  }

  add_subparsers(...args: unknown[]): SubParsersAction {
    if (this._subparsers) this.error("cannot have multiple subparser arguments");
    const [, kw] = splitKwargs(args);
    const [title, description, prog, dest, required, help, metavar] = bindArguments(subSig, args);
    let group = this._positionals;
    if ("title" in kw || "description" in kw) {
      group = { title: (title ?? "subcommands") as string, description: (description ?? null) as string | null, actions: [] };
      this._groups.push(group);
    }
    let prefix = prog as string | undefined;
    if (prefix === undefined || prefix === null) {
      const f = new HelpFormatter(this.prog);
      prefix = HelpFormatter.finish(f.usage(this.usage, this._actions.filter((a) => !a.option_strings.length), "", this._exclusive)).trim();
    }
    const action: Action = {
      kind: "parsers", option_strings: [], dest: (dest ?? SUPPRESS) as string, nargs: PARSER, const: null, default: null,
      type: null, choices: [], required: required === true, help: (help ?? null) as string | null, metavar: metavar ?? null,
      parsers: new Map(), choicesActions: [],
    };
    this._subparsers = action;
    this._register(action, group);
    return new SubParsersAction(action, prefix);
  }

  set_defaults(...args: unknown[]): void {
    const [, kw] = splitKwargs(args);
    for (const [k, v] of Object.entries(kw)) {
      this._defaults.set(k, v);
      for (const a of this._actions) if (a.dest === k) a.default = v;
    }
  }
  get_default(dest: string): unknown {
    for (const a of this._actions) if (a.dest === dest && a.default !== null) return a.default;
    return this._defaults.get(dest) ?? null;
  }

  // ---- help -------------------------------------------------------------------------------
  format_usage(): string {
    return HelpFormatter.finish(new HelpFormatter(this.prog).usage(this.usage, this._actions, "usage: ", this._exclusive));
  }
  format_help(): string {
    const f = new HelpFormatter(this.prog);
    f.indent = 2;
    for (const g of this._groups) f.measure(g.actions);
    f.indent = 0;
    let out = f.usage(this.usage, this._actions, "usage: ", this._exclusive) + f.text(this.description);
    for (const g of this._groups) out += f.section(g);
    out += f.text(this.epilog);
    return HelpFormatter.finish(out);
  }
  print_usage(...args: unknown[]): void {
    const [file] = bindArguments(fileSig, args);
    callMethod(file ?? sysStreams.stdout, "write", this.format_usage());
  }
  print_help(...args: unknown[]): void {
    const [file] = bindArguments(fileSig, args);
    callMethod(file ?? sysStreams.stdout, "write", this.format_help());
  }
  exit(...args: unknown[]): never {
    const [status, message] = bindArguments(exitSig, args);
    if (message !== null && message !== undefined) callMethod(sysStreams.stderr, "write", str(message));
    throw new SystemExit(status ?? 0);
  }
  error(message: unknown): never {
    this.print_usage(sysStreams.stderr);
    this.exit(2, `${this.prog}: error: ${str(message)}\n`);
  }

  // ---- parsing ----------------------------------------------------------------------------
  parse_args(...argv: unknown[]): Namespace {
    const [args, namespace] = bindArguments(parseSig, argv);
    const [ns, extras] = this._parseKnown(args ?? null, namespace ?? null);
    if (extras.length) this.error(`unrecognized arguments: ${extras.join(" ")}`);
    return ns;
  }

  parse_known_args(...argv: unknown[]): PyTuple {
    const [args, namespace] = bindArguments(parseSig, argv);
    const [ns, extras] = this._parseKnown(args ?? null, namespace ?? null);
    return PyTuple.of(ns, extras);
  }

  _parseKnown(args: unknown, namespace: unknown): [Namespace, string[]] {
    const strs = args === null || args === undefined ? sysArgv.slice(1) : [...(args as Iterable<string>)];
    const ns = (namespace ?? new Namespace()) as Namespace & Record<string, unknown>;
    for (const a of this._actions) {
      if (a.dest !== SUPPRESS && !has(ns, a.dest) && a.default !== SUPPRESS) ns[a.dest] = a.default;
    }
    for (const [k, v] of this._defaults) if (!has(ns, k)) ns[k] = v;
    try {
      const extras = new Parse(this, strs, ns).run();
      const unrecognized = ns._UNRECOGNIZED_ARGS_ATTR as string[] | undefined;
      if (unrecognized) {
        extras.push(...unrecognized);
        delete ns._UNRECOGNIZED_ARGS_ATTR;
      }
      return [ns, extras];
    } catch (e) {
      if (e instanceof ArgumentError && this.exit_on_error) this.error(e.__str__());
      throw e;
    }
  }

  _getValue(a: Action, s: string): unknown {
    if (a.type === null) return s;
    if (typeof a.type !== "function" && typeof (a.type as { __call__?: unknown }).__call__ !== "function") {
      throw new ArgumentError(a, `${repr(a.type)} is not callable`);
    }
    try {
      return callFunction(a.type, [s]);
    } catch (e) {
      if (e instanceof ArgumentTypeError) throw new ArgumentError(a, e.__str__());
      if (e instanceof TypeError || e instanceof ValueError) {
        const t = a.type as { __name__?: unknown; name?: string };
        const name = typeof t.__name__ === "string" ? t.__name__ : (t.name || repr(a.type));
        throw new ArgumentError(a, `invalid ${name} value: ${repr(s)}`);
      }
      throw e;
    }
  }

  _checkValue(a: Action, v: unknown): void {
    if (a.choices !== null && !a.choices.some((c) => contains([c], v))) {
      throw new ArgumentError(a, `invalid choice: ${repr(v)} (choose from ${a.choices.map((c) => repr(c)).join(", ")})`);
    }
  }
}

export { nargsPattern };
