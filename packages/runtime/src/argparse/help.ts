// argparse.HelpFormatter: usage and help text laid out as CPython 3.11 lays them out (width from
// $COLUMNS, else the terminal, else 80, minus 2; help wrapped with textwrap).
import { PyDict } from "../builtins/dict.js";
import { Kwargs } from "../builtins/call.js";
import { percentFormat } from "../builtins/percent.js";
import { str } from "../builtins/repr.js";
import { ValueError } from "../builtins/exceptions.js";
import { wrap, fill } from "../textwrap.js";
import { OPTIONAL, ONE_OR_MORE, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE, type Action } from "./action.js";

export interface ExclusiveGroup {
  actions: Action[];
  required: boolean;
}

export interface Group {
  title: string | null;
  description: string | null;
  actions: Action[];
}

function terminalWidth(): number {
  const env = Number(process.env.COLUMNS);
  if (Number.isInteger(env) && env > 0) return env;
  return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80;
}

const collapse = (s: string): string => s.replace(/[ \t\n\r\f\v]+/g, " ").trim();

export class HelpFormatter {
  readonly width: number;
  readonly maxHelpPosition: number;
  indent = 0;
  actionMaxLength = 0;

  constructor(readonly prog: string) {
    this.width = terminalWidth() - 2;
    this.maxHelpPosition = Math.min(24, Math.max(this.width - 20, 4));
  }

  metavar(a: Action, dflt: string): (n: number) => string[] {
    let result: unknown;
    if (a.metavar !== null && a.metavar !== undefined) result = a.metavar;
    else if (a.choices !== null) result = `{${a.choices.map((c) => str(c)).join(",")}}`;
    else result = dflt;
    return (n) => (Array.isArray(result) ? (result as unknown[]).map((x) => str(x)) : Array(n).fill(str(result)));
  }

  formatArgs(a: Action, dflt: string): string {
    const mv = this.metavar(a, dflt);
    switch (a.nargs) {
      case null:
      case undefined:
        return mv(1)[0]!;
      case OPTIONAL:
        return `[${mv(1)[0]}]`;
      case ZERO_OR_MORE: {
        const m = mv(1);
        return m.length === 2 ? `[${m[0]} [${m[1]} ...]]` : `[${m[0]} ...]`;
      }
      case ONE_OR_MORE: {
        const m = mv(2);
        return `${m[0]} [${m[1]} ...]`;
      }
      case REMAINDER:
        return "...";
      case PARSER:
        return `${mv(1)[0]} ...`;
      case SUPPRESS:
        return "";
      default:
        return mv(a.nargs as number).join(" ");
    }
  }

  private defaultMetavar(a: Action): string {
    return a.option_strings.length ? a.dest.toUpperCase() : a.dest;
  }

  invocation(a: Action): string {
    if (!a.option_strings.length) return this.metavar(a, this.defaultMetavar(a))(1)[0]!;
    if (a.nargs === 0) return a.option_strings.join(", ");
    const args = this.formatArgs(a, this.defaultMetavar(a));
    return a.option_strings.map((o) => `${o} ${args}`).join(", ");
  }

  /** _format_actions_usage, with mutually exclusive groups bracketed as [a | b] or (a | b). */
  actionsUsage(actions: Action[], groups: readonly ExclusiveGroup[] = []): string {
    const inGroup = new Set<Action>();
    const inserts = new Map<number, string>();
    const add = (i: number, s: string, joiner: string): void => {
      inserts.set(i, inserts.has(i) ? inserts.get(i) + joiner + s : s);
    };
    for (const g of groups) {
      if (!g.actions.length) throw new ValueError("empty group");
      const start = actions.indexOf(g.actions[0]!);
      if (start < 0) continue;
      const end = start + g.actions.length;
      if (!g.actions.every((a, k) => actions[start + k] === a)) continue;
      let suppressed = 0;
      for (const a of g.actions) {
        inGroup.add(a);
        if (a.help === SUPPRESS) suppressed++;
      }
      const exposed = g.actions.length - suppressed;
      if (!g.required) {
        add(start, "[", " ");
        add(end, "]", "");
      } else if (exposed > 1) {
        add(start, "(", " ");
        add(end, ")", "");
      }
      for (let i = start + 1; i < end; i++) inserts.set(i, "|");
    }
    const parts: (string | null)[] = [];
    actions.forEach((a, i) => {
      if (a.help === SUPPRESS) {
        parts.push(null);
        if (inserts.get(i) === "|") inserts.delete(i);
        else if (inserts.get(i + 1) === "|") inserts.delete(i + 1);
      } else if (!a.option_strings.length) {
        let part = this.formatArgs(a, this.defaultMetavar(a));
        if (inGroup.has(a) && part.startsWith("[") && part.endsWith("]")) part = part.slice(1, -1);
        parts.push(part);
      } else {
        let part = a.nargs === 0 ? a.option_strings[0]! : `${a.option_strings[0]} ${this.formatArgs(a, this.defaultMetavar(a))}`;
        if (!a.required && !inGroup.has(a)) part = `[${part}]`;
        parts.push(part);
      }
    });
    for (const i of [...inserts.keys()].sort((x, y) => y - x)) parts.splice(i, 0, inserts.get(i)!);
    let text = parts.filter((p) => p !== null).join(" ");
    text = text.replace(/([[(]) /g, "$1").replace(/ ([\])])/g, "$1").replace(/[[(] *[\])]/g, "");
    return text.trim();
  }

  usage(usage: string | null, actions: Action[], prefix = "usage: ", groups: readonly ExclusiveGroup[] = []): string {
    let text: string;
    if (usage !== null) text = percentFormat(usage, new PyDict([["prog", this.prog]]));
    else if (!actions.length) text = this.prog;
    else {
      const optionals = actions.filter((a) => a.option_strings.length);
      const positionals = actions.filter((a) => !a.option_strings.length);
      const all = this.actionsUsage([...optionals, ...positionals], groups);
      text = [this.prog, all].filter((s) => s).join(" ");
      const textWidth = this.width - this.indent;
      if (prefix.length + text.length > textWidth) text = this.wrapUsage(optionals, positionals, prefix, textWidth, groups);
    }
    return `${prefix}${text}\n\n`;
  }

  private wrapUsage(optionals: Action[], positionals: Action[], prefix: string, textWidth: number, groups: readonly ExclusiveGroup[]): string {
    const partRe = /\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g;
    const optParts = this.actionsUsage(optionals, groups).match(partRe) ?? [];
    const posParts = this.actionsUsage(positionals, groups).match(partRe) ?? [];
    const prog = this.prog;
    const getLines = (parts: string[], indent: string, pre?: string): string[] => {
      const lines: string[] = [];
      let line: string[] = [];
      let len = pre !== undefined ? pre.length - 1 : indent.length - 1;
      for (const part of parts) {
        if (len + 1 + part.length > textWidth && line.length) {
          lines.push(indent + line.join(" "));
          line = [];
          len = indent.length - 1;
        }
        line.push(part);
        len += part.length + 1;
      }
      if (line.length) lines.push(indent + line.join(" "));
      if (pre !== undefined) lines[0] = lines[0]!.slice(indent.length);
      return lines;
    };
    let lines: string[];
    if (prefix.length + prog.length <= 0.75 * textWidth) {
      const indent = " ".repeat(prefix.length + prog.length + 1);
      if (optParts.length) lines = [...getLines([prog, ...optParts], indent, prefix), ...getLines(posParts, indent)];
      else if (posParts.length) lines = getLines([prog, ...posParts], indent, prefix);
      else lines = [prog];
    } else {
      const indent = " ".repeat(prefix.length);
      lines = getLines([...optParts, ...posParts], indent);
      if (lines.length > 1) lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
      lines = [prog, ...lines];
    }
    return lines.join("\n");
  }

  text(text: string | null): string {
    if (text === null || text === SUPPRESS) return "";
    let t = text;
    if (t.includes("%(prog)")) t = percentFormat(t, new PyDict([["prog", this.prog]]));
    const width = Math.max(this.width - this.indent, 11);
    const ind = " ".repeat(this.indent);
    return fill(collapse(t), width, kwInit(ind)) + "\n\n";
  }

  expandHelp(a: Action): string {
    const params = new PyDict();
    for (const [k, v] of Object.entries(a)) {
      if (k === "kind" || k === "parsers" || k === "choicesActions" || k === "container" || v === SUPPRESS) continue;
      const named = v !== null && (typeof v === "function" || typeof v === "object") ? (v as { __name__?: unknown }).__name__ : undefined;
      params.set(k, typeof named === "string" ? named : v);
    }
    params.set("prog", this.prog);
    if (a.choices !== null) params.set("choices", a.choices.map((c) => str(c)).join(", "));
    return percentFormat(a.help!, params);
  }

  /** Registers invocation lengths first, as add_argument does, so help columns line up. */
  measure(actions: Action[]): void {
    for (const a of actions) {
      if (a.help === SUPPRESS) continue;
      const invs = [this.invocation(a), ...(a.choicesActions ?? []).map((s) => this.invocation(s))];
      this.actionMaxLength = Math.max(this.actionMaxLength, Math.max(...invs.map((s) => s.length)) + this.indent);
    }
  }

  action(a: Action): string {
    const helpPosition = Math.min(this.actionMaxLength + 2, this.maxHelpPosition);
    const helpWidth = Math.max(this.width - helpPosition, 11);
    const actionWidth = helpPosition - this.indent - 2;
    let header = this.invocation(a);
    let indentFirst = 0;
    const pad = " ".repeat(this.indent);
    if (!a.help) header = `${pad}${header}\n`;
    else if (header.length <= actionWidth) header = `${pad}${header.padEnd(actionWidth)}  `;
    else {
      header = `${pad}${header}\n`;
      indentFirst = helpPosition;
    }
    const parts = [header];
    if (a.help && a.help.trim()) {
      const helpText = this.expandHelp(a);
      if (helpText) {
        const lines = wrap(collapse(helpText), helpWidth) as string[];
        parts.push(`${" ".repeat(indentFirst)}${lines[0]}\n`);
        for (const line of lines.slice(1)) parts.push(`${" ".repeat(helpPosition)}${line}\n`);
      }
    } else if (!header.endsWith("\n")) parts.push("\n");
    if (a.choicesActions) {
      this.indent += 2;
      for (const sub of a.choicesActions) parts.push(this.action(sub));
      this.indent -= 2;
    }
    return parts.join("");
  }

  section(group: Group): string {
    this.indent += 2;
    const body = this.text(group.description) + group.actions.filter((a) => a.help !== SUPPRESS).map((a) => this.action(a)).join("");
    this.indent -= 2;
    if (!body) return "";
    const heading = group.title !== null ? `${group.title}:\n` : "";
    return `\n${heading}${body}\n`;
  }

  static finish(help: string): string {
    const h = help.replace(/\n\n\n+/g, "\n\n");
    return h ? h.replace(/^\n+|\n+$/g, "") + "\n" : h;
  }
}

function kwInit(indent: string): Kwargs {
  return new Kwargs({ initial_indent: indent, subsequent_indent: indent });
}
