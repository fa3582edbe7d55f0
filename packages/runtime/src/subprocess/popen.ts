// subprocess.Popen on child_process.spawn. Every wait is async (the event loop must keep running
// for Python threads, which are async tasks in this isolate); poll() and returncode follow
// CPython: returncode stays None until poll()/wait()/communicate() observes the exit.
import { spawn, type ChildProcess } from "node:child_process";
import { constants as osConstants } from "node:os";
import type { Readable, Writable } from "node:stream";
import { AttributeError, BrokenPipeError, NotImplementedError, OSError, TypeError, ValueError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { Kwargs } from "../builtins/call.js";
import { PyFloat } from "../builtins/float.js";
import { decodeBytes, encodeString } from "../builtins/codecs.js";
import { markBuiltinClasses, pyClassName } from "../builtins/classname.js";
import { repr } from "../builtins/repr.js";
import { flushStdio } from "../builtins/stdio.js";
import { truth } from "../builtins/truth.js";
import { PyTuple } from "../builtins/tuple.js";
import { typeName } from "../builtins/typename.js";
import { bindCall, signature, toSeconds } from "../multiprocessing/call.js";
import { SubprocessError, TimeoutExpired } from "./errors.js";
import { openReader, type PipeReader } from "./pipe-reader.js";
import { openWriter, type PipeWriter } from "./pipe-writer.js";
import { raceDeadline, translateNewlines, type TextOptions } from "./pipe-util.js";
import { buildArgv, buildEnv, buildStdio, checkCwd, osError, resolveProgram } from "./spawn-args.js";
import { checkUnsupported, POPEN_PARAMS } from "./popen-options.js";

const INIT_SIG = signature("Popen.__init__", POPEN_PARAMS);
const WAIT_SIG = signature("Popen.wait", ["self", "timeout="]);
const COMMUNICATE_SIG = signature("Popen.communicate", ["self", "input=", "timeout="]);
const SIGNAL_SIG = signature("Popen.send_signal", ["self", "sig"]);
const NO_ARGS = (name: string) => signature(`Popen.${name}`, ["self"]);

const isPresent = (v: unknown): boolean => v !== null && v !== undefined;

// communicate() ignores a child that stopped reading its stdin.
function ignoreBrokenPipe(action: () => unknown): void {
  try {
    action();
  } catch (e) {
    if (!(e instanceof BrokenPipeError)) throw e;
  }
}

export class Popen {
  args: unknown;
  pid: number;
  returncode: number | null = null;
  // None unless PIPE was asked for; typed `any` for the generated code, which uses them as Python
  // does (p.stdout.read()) and gets CPython's AttributeError on None.
  stdin: any = null;
  stdout: any = null;
  stderr: any = null;
  text_mode: unknown;
  universal_newlines: unknown;
  encoding: unknown;
  errors: unknown;
  private readonly child: ChildProcess;
  private status: number | null = null;
  private readonly exited: Promise<void>;
  private communicationStarted = false;
  // Popen._fileobj2output: what communicate() has read, returned again by later calls.
  private readonly communicated: { out: Buffer[]; err: Buffer[] } = { out: [], err: [] };

  constructor(...raw: unknown[]) {
    const o = bindCall(INIT_SIG, raw);
    checkUnsupported(o);
    this.args = o.args;
    this.encoding = o.encoding ?? null;
    this.errors = o.errors ?? null;
    const text = o.text;
    const un = o.universal_newlines;
    if (isPresent(text) && isPresent(un) && truth(un) !== truth(text)) {
      throw new SubprocessError(
        "Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.",
      );
    }
    // `encoding or errors or text or universal_newlines`: Python's `or` yields an operand, so a
    // binary Popen reports None (or False), not a made-up bool.
    const textMode = [o.encoding, o.errors, text].find((v) => truth(v)) ?? un ?? null;
    this.text_mode = textMode;
    this.universal_newlines = textMode;
    // _text_encoding(): the locale's encoding, UTF-8 here as in the recorded runs.
    if (truth(textMode) && this.encoding === null) this.encoding = "UTF-8";
    const textOptions: TextOptions | null = truth(textMode)
      ? { encoding: typeof o.encoding === "string" ? o.encoding : "UTF-8", errors: typeof o.errors === "string" ? o.errors : "strict" }
      : null;

    // CPython's order: pipe files (and their TextIOWrappers) exist before the exec checks.
    const { stdio, mergeViaShell } = buildStdio(o.stdin, o.stdout, o.stderr);
    if (textOptions && (mergeViaShell || (stdio as unknown[]).includes("pipe"))) {
      decodeBytes(new PyBytes(new Uint8Array()), textOptions.encoding); // LookupError: unknown encoding
    }
    let { argv, executable } = buildArgv(o.args, { shell: truth(o.shell), executable: o.executable });
    const env = buildEnv(o.env);
    const cwd = checkCwd(o.cwd);
    // sys.executable is this node binary: `sys.executable x.py …` runs x.py converted, as
    // `py2ts run x.py …` (the runner names its command in PY2TS_CLI).
    if (executable === process.execPath) ({ argv, executable } = pythonChild(argv));
    const program = resolveProgram(executable, env, cwd);
    // The child writes straight to fd 1/2: what we printed before must already be there.
    flushStdio();
    try {
      this.child = mergeViaShell
        ? spawn("/bin/sh", ["-c", 'exec "$0" "$@" 2>&1', executable.includes("/") ? program : executable, ...argv.slice(1)], { cwd, env, stdio })
        : spawn(program, argv.slice(1), { cwd, env, stdio, argv0: argv[0]! });
    } catch (e) {
      throw osError((e as NodeJS.ErrnoException).code ?? "EINVAL", executable);
    }
    // Node reports some failures (EAGAIN, EMFILE…) only on a later tick, without a pid.
    if (this.child.pid === undefined) throw new OSError(`cannot start ${repr(executable)}: no child process was created`);
    this.pid = this.child.pid;
    const child = this.child;
    this.exited = new Promise((resolve) => {
      child.on("exit", (code, sig) => {
        this.status = code ?? -(osConstants.signals[sig as keyof typeof osConstants.signals] ?? 0);
        resolve();
      });
    });
    child.on("error", () => undefined);
    if (child.stdin) this.stdin = openWriter(child.stdin as Writable, textOptions);
    if (child.stdout) this.stdout = openReader(child.stdout as Readable, textOptions);
    if (child.stderr) this.stderr = openReader(child.stderr as Readable, textOptions);
  }

  poll(...raw: unknown[]): number | null {
    bindCall(NO_ARGS("poll"), raw);
    if (this.returncode === null && this.status !== null) this.returncode = this.status;
    return this.returncode;
  }

  async wait(...raw: unknown[]): Promise<number> {
    const timeout = bindCall(WAIT_SIG, raw).timeout;
    return this.waitFor(timeout);
  }

  private async waitFor(timeout: unknown): Promise<number> {
    const seconds = toSeconds(timeout);
    if (this.status === null) {
      if (seconds === null) await this.exited;
      else if (!(await raceDeadline(this.exited, performance.now() + seconds * 1000))) {
        throw new TimeoutExpired(this.args, timeout);
      }
    }
    return this.poll()!;
  }

  async communicate(...raw: unknown[]): Promise<PyTuple> {
    const { input, timeout } = bindCall(COMMUNICATE_SIG, raw);
    if (this.communicationStarted && truth(input)) throw new ValueError("Cannot send input after starting communication");
    const pipes = [this.stdin, this.stdout, this.stderr].filter((p) => p !== null).length;
    if (!isPresent(timeout) && !this.communicationStarted && pipes <= 1) {
      let out: unknown = null;
      let err: unknown = null;
      if (this.stdin) this.stdinWrite(input);
      else if (this.stdout) {
        out = await this.stdout.read();
        this.stdout.close();
      } else if (this.stderr) {
        err = await this.stderr.read();
        this.stderr.close();
      }
      await this.waitFor(null);
      return PyTuple.of(out, err);
    }
    const seconds = toSeconds(timeout);
    const deadline = seconds === null ? null : performance.now() + seconds * 1000;
    try {
      this.sendInput(input);
      const [out, err] = await Promise.all([this.stdout?.readAll(deadline), this.stderr?.readAll(deadline)]);
      if (out) this.communicated.out.push(out);
      if (err) this.communicated.err.push(err);
      if ((this.stdout && out === undefined) || (this.stderr && err === undefined)) {
        const partial = (p: PipeReader | null, seen: Buffer[]) => {
          const data = p ? Buffer.concat([...seen, p.peek()]) : Buffer.alloc(0);
          return data.length > 0 ? new PyBytes(new Uint8Array(data)) : null;
        };
        const output = partial(this.stdout, this.communicated.out);
        throw new TimeoutExpired(this.args, timeout, new Kwargs({ output, stderr: partial(this.stderr, this.communicated.err) }));
      }
    } finally {
      this.communicationStarted = true;
    }
    for (const p of [this.stdout, this.stderr]) if (p) p.closed = true;
    // CPython's wait(timeout=self._remaining_time(endtime)): a TimeoutExpired here reports the
    // time that was left, as a float.
    await this.waitFor(deadline === null ? null : new PyFloat((deadline - performance.now()) / 1000));
    const out = this.stdout ? Buffer.concat(this.communicated.out) : undefined;
    const err = this.stderr ? Buffer.concat(this.communicated.err) : undefined;
    return PyTuple.of(this.finishOutput(out), this.finishOutput(err));
  }

  private finishOutput(data: Buffer | undefined): unknown {
    if (data === undefined) return null;
    const bytes = new Uint8Array(data);
    return truth(this.text_mode) ? translateNewlines(bytes, this.textOptions()) : new PyBytes(bytes);
  }

  private textOptions(): TextOptions {
    return { encoding: this.stdout?.encoding ?? this.stderr?.encoding ?? "UTF-8", errors: this.stdout?.errors ?? this.stderr?.errors ?? "strict" };
  }

  // Popen._stdin_write: the one-pipe path, where stdin's own write() checks the type.
  private stdinWrite(input: unknown): void {
    if (truth(input)) ignoreBrokenPipe(() => this.stdin!.write(input));
    this.stdin!.close();
  }

  // Popen._communicate's input handling: encode as _save_input does, write, close.
  private sendInput(input: unknown): void {
    const stdin = this.stdin;
    if (!stdin) return;
    if (!this.communicationStarted) {
      // Flushing a stdin the program already closed raises ValueError, as in CPython.
      ignoreBrokenPipe(() => stdin.flush());
      if (!truth(input)) {
        stdin.close();
        return;
      }
    }
    if (!truth(input)) return;
    let data: unknown = input;
    if (truth(this.text_mode)) {
      if (typeof input !== "string") throw new AttributeError(`'${typeName(input)}' object has no attribute 'encode'`);
      data = encodeString(input, stdin.encoding, stdin.errors);
    } else if (!(input instanceof PyBytes)) {
      throw new TypeError(`memoryview: a bytes-like object is required, not '${typeName(input)}'`);
    }
    stdin.sendBytes((data as PyBytes).bytes);
    stdin.close();
  }

  send_signal(...raw: unknown[]): void {
    const sig = bindCall(SIGNAL_SIG, raw).sig;
    this.poll();
    if (this.returncode !== null) return;
    const index = (sig as { __index__?: unknown } | null)?.__index__;
    const signum = typeof index === "function" ? index.call(sig) : sig; // signal.SIGTERM, an IntEnum
    if (typeof signum !== "number") throw new TypeError(`'${typeName(sig)}' object cannot be interpreted as an integer`);
    try {
      process.kill(this.pid, signum);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ESRCH") throw e;
    }
  }

  terminate(...raw: unknown[]): void {
    bindCall(NO_ARGS("terminate"), raw);
    this.send_signal(osConstants.signals.SIGTERM);
  }

  kill(...raw: unknown[]): void {
    bindCall(NO_ARGS("kill"), raw);
    this.send_signal(osConstants.signals.SIGKILL);
  }

  __enter__(): this {
    return this;
  }

  async __exit__(..._exc: unknown[]): Promise<void> {
    this.stdout?.close();
    this.stderr?.close();
    try {
      this.stdin?.close();
    } finally {
      await this.waitFor(null);
    }
  }

  __repr__(): string {
    const text = `<${pyClassName(this.constructor)}: returncode: ${this.returncode === null ? "None" : this.returncode} args: ${repr(this.args)}>`;
    const chars = Array.from(text);
    return chars.length > 80 ? `${chars.slice(0, 76).join("")}...>` : text;
  }
}

markBuiltinClasses([Popen], "subprocess");

// Interpreter options that change nothing for a converted program (unbuffered output, no
// bytecode, no user site, ignore environment).
const IGNORED_PYTHON_OPTIONS = new Set(["-u", "-B", "-s", "-E", "-I", "-S"]);

/** `[sys.executable, opts…, "x.py", args…]` → `[node, py2ts, "run", "x.py", args…]`. */
function pythonChild(argv: readonly string[]): { argv: string[]; executable: string } {
  const cli = process.env.PY2TS_CLI;
  let index = 1;
  while (index < argv.length && IGNORED_PYTHON_OPTIONS.has(argv[index]!)) index++;
  const script = argv[index];
  if (script === undefined || script.startsWith("-") || !script.endsWith(".py")) {
    throw new NotImplementedError(
      `py2ts: sys.executable runs converted .py scripts only (\`sys.executable script.py\`), not ${repr(argv.slice(1).join(" "))}`,
    );
  }
  if (cli === undefined) {
    throw new NotImplementedError("py2ts: sys.executable script.py needs the py2ts command: run the program with `py2ts run`, or set PY2TS_CLI to py2ts's bin/py2ts.js");
  }
  return { argv: [process.execPath, cli, "run", ...argv.slice(index)], executable: process.execPath };
}
