// subprocess.CompletedProcess: what run() returns, with CPython's repr and check_returncode.
import { markBuiltinClasses, pyClassName } from "../builtins/classname.js";
import { repr } from "../builtins/repr.js";
import { truth } from "../builtins/truth.js";
import { bindCall, signature } from "../multiprocessing/call.js";
import { CalledProcessError } from "./errors.js";

const INIT_SIG = signature("CompletedProcess.__init__", ["self", "args", "returncode", "stdout=", "stderr="]);
const CHECK_SIG = signature("CompletedProcess.check_returncode", ["self"]);

export class CompletedProcess {
  args: unknown;
  returncode: unknown;
  stdout: unknown;
  stderr: unknown;

  constructor(...raw: unknown[]) {
    const bound = bindCall(INIT_SIG, raw);
    this.args = bound.args;
    this.returncode = bound.returncode;
    this.stdout = bound.stdout ?? null;
    this.stderr = bound.stderr ?? null;
  }

  __repr__(): string {
    const parts = [`args=${repr(this.args)}`, `returncode=${repr(this.returncode)}`];
    if (this.stdout !== null && this.stdout !== undefined) parts.push(`stdout=${repr(this.stdout)}`);
    if (this.stderr !== null && this.stderr !== undefined) parts.push(`stderr=${repr(this.stderr)}`);
    return `${pyClassName(this.constructor)}(${parts.join(", ")})`;
  }

  check_returncode(...raw: unknown[]): void {
    bindCall(CHECK_SIG, raw);
    if (truth(this.returncode)) throw new CalledProcessError(this.returncode, this.args, this.stdout, this.stderr);
  }
}

markBuiltinClasses([CompletedProcess], "subprocess");
