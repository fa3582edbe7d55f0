// re.error (re.PatternError's 3.11 name), with CPython's "msg at position N" text.
import { Exception } from "../builtins/exceptions.js";

export class error extends Exception {
  static readonly __module__: string = "re";
  static readonly __name__: string = "error";
  // `declare`: field initializers would run after BaseException's constructor called __init__.
  declare msg: string;
  declare pattern: string | null;
  declare pos: number | null;
  declare lineno: number | null;
  declare colno: number | null;

  override __init__(...args: unknown[]): void {
    const [msg, pattern, pos] = args as [string, string | null | undefined, number | null | undefined];
    this.msg = msg;
    this.pattern = pattern ?? null;
    this.pos = pos ?? null;
    this.lineno = null;
    this.colno = null;
    let text = msg;
    if (typeof this.pattern === "string" && typeof this.pos === "number") {
      const before = [...this.pattern].slice(0, this.pos).join("");
      this.lineno = before.split("\n").length;
      this.colno = this.pos - (before.lastIndexOf("\n") + 1) + 1;
      text = this.pattern.includes("\n") ? `${msg} at position ${this.pos} (line ${this.lineno}, column ${this.colno})` : `${msg} at position ${this.pos}`;
    }
    super.__init__(text);
  }
}
