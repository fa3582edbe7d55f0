// Argument groups, mutually exclusive groups and the object add_subparsers returns.
import { bindArguments, Kwargs, signatureFromText, splitKwargs } from "../builtins/call.js";
import { ValueError } from "../builtins/exceptions.js";
import type { Action } from "./action.js";
import type { Group } from "./help.js";
import { ArgumentParser } from "./parser.js";

export class ArgumentGroup {
  static readonly __module__: string = "argparse";
  static readonly __name__: string = "_ArgumentGroup";
  constructor(protected readonly parser: ArgumentParser, readonly group: Group) {}
  get title(): string | null {
    return this.group.title;
  }
  add_argument(...args: unknown[]): Action {
    return this.parser._addArgument(args, this.group);
  }
}

export class MutuallyExclusiveGroup {
  static readonly __module__: string = "argparse";
  static readonly __name__: string = "_MutuallyExclusiveGroup";
  constructor(private readonly parser: ArgumentParser, private readonly g: { actions: Action[]; required: boolean }) {}
  get required(): boolean {
    return this.g.required;
  }
  add_argument(...args: unknown[]): Action {
    const action = this.parser._addArgument(args, null);
    if (action.required) throw new ValueError("mutually exclusive arguments must be optional");
    this.g.actions.push(action);
    return action;
  }
}

const addParserSig = signatureFromText("add_parser(name, *, help=, aliases=, **kwargs)");

export class SubParsersAction {
  static readonly __module__: string = "argparse";
  static readonly __name__: string = "_SubParsersAction";
  constructor(readonly action: Action, private readonly progPrefix: string) {}
  get dest(): string {
    return this.action.dest;
  }
  get required(): boolean {
    return this.action.required;
  }
  set required(v: boolean) {
    this.action.required = v;
  }
  add_parser(...args: unknown[]): ArgumentParser {
    const [name, help, aliases] = bindArguments(addParserSig, args);
    const [, rawKw] = splitKwargs(args);
    const n = name as string;
    const rest: Record<string, unknown> = {};
    for (const k of Object.keys(rawKw)) if (k !== "help" && k !== "aliases") rest[k] = rawKw[k];
    if (rest.prog === undefined) rest.prog = `${this.progPrefix} ${n}`;
    const al = aliases ? [...(aliases as Iterable<string>)] : [];
    const parser = new ArgumentParser(new Kwargs(rest));
    if ("help" in rawKw) {
      const metavar = al.length ? `${n} (${al.join(", ")})` : n;
      this.action.choicesActions!.push({
        kind: "store", option_strings: [], dest: n, nargs: 0, const: null, default: null, type: null, choices: null,
        required: false, help: (help ?? null) as string | null, metavar,
      });
    }
    for (const key of [n, ...al]) {
      this.action.parsers!.set(key, parser);
      this.action.choices!.push(key);
    }
    return parser;
  }
}
