// string.Template: $-substitution with Lib/string.py's pattern (delimiter and idpattern read
// from the class, so a subclass may change them) and its "Invalid placeholder" positions.
import { PyDict, PyObject, ValueError, getitem, pyStr, splitKwargs, contains } from "../builtins/index.js";
import { ChainMap } from "../collections/dicts.js";
import { nameClass } from "../collections/bind.js";

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export class Template extends PyObject {
  static delimiter = "$";
  static idpattern = "[_a-z][_a-z0-9]*";
  static braceidpattern: string | null = null;
  declare template: string;

  override __init__(...args: unknown[]): void {
    this.template = args[0] as string;
  }

  private get settings(): { delimiter: string; pattern: RegExp } {
    const cls = this.constructor as typeof Template;
    const delim = escapeRegExp(cls.delimiter);
    const id = cls.idpattern;
    const bid = cls.braceidpattern ?? id;
    return { delimiter: cls.delimiter, pattern: new RegExp(`${delim}(?:(${delim})|(${id})|\\{(${bid})\\}|())`, "gi") };
  }

  private invalid(index: number): never {
    const head = [...this.template.slice(0, index)].join("");
    const lines = head.match(/[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])|[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+$/gu) ?? [];
    let lineno = 1;
    let colno = 1;
    if (lines.length > 0) {
      const i = [...head].length;
      colno = i - [...lines.slice(0, -1).join("")].length;
      lineno = lines.length;
    }
    throw new ValueError(`Invalid placeholder in string: line ${lineno}, col ${colno}`);
  }

  private mapping(args: unknown[]): unknown {
    const [positional, keywords] = splitKwargs(args);
    const kws = PyDict.fromRecord(keywords);
    if (positional.length === 0) return kws;
    if (Object.keys(keywords).length > 0) return new ChainMap(kws, positional[0]);
    return positional[0];
  }

  substitute(...args: unknown[]): string {
    const mapping = this.mapping(args);
    const { delimiter, pattern } = this.settings;
    return this.template.replace(pattern, (...m: unknown[]) => {
      const [, escaped, named, braced, invalid] = m as (string | undefined)[];
      const offset = m[5] as number;
      const name = named ?? braced;
      if (name !== undefined) return pyStr(getitem(mapping, name));
      if (escaped !== undefined) return delimiter;
      if (invalid !== undefined) this.invalid(offset + delimiter.length);
      throw new ValueError("Unrecognized named group in pattern");
    });
  }

  safe_substitute(...args: unknown[]): string {
    const mapping = this.mapping(args);
    const { delimiter, pattern } = this.settings;
    return this.template.replace(pattern, (...m: unknown[]) => {
      const [whole, escaped, named, braced] = m as [string, ...(string | undefined)[]];
      const name = named ?? braced;
      if (name !== undefined) return contains(mapping, name) ? pyStr(getitem(mapping, name)) : whole;
      if (escaped !== undefined) return delimiter;
      return whole;
    });
  }

  is_valid(): boolean {
    const { pattern } = this.settings;
    for (const m of this.template.matchAll(pattern)) {
      if (m[4] !== undefined && m[1] === undefined && m[2] === undefined && m[3] === undefined) return false;
    }
    return true;
  }

  get_identifiers(): string[] {
    const ids: string[] = [];
    const { pattern } = this.settings;
    for (const m of this.template.matchAll(pattern)) {
      const name = m[2] ?? m[3];
      if (name !== undefined && !ids.includes(name)) ids.push(name);
      else if (name === undefined && m[1] === undefined) throw new ValueError("Unrecognized named group in pattern");
    }
    return ids;
  }
}
nameClass(Template, "Template", "string");
