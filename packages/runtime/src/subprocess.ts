// Python's subprocess module: run/call/check_call/check_output/getoutput/getstatusoutput over
// Popen (subprocess/popen.ts), as CPython 3.11's Lib/subprocess.py composes them.
import { Kwargs, splitKwargs } from "./builtins/call.js";
import { PyBytes } from "./builtins/bytes.js";
import { ValueError } from "./builtins/exceptions.js";
import { truth } from "./builtins/truth.js";
import { PyTuple } from "./builtins/tuple.js";
import { bindCall, signature } from "./multiprocessing/call.js";
import { CompletedProcess } from "./subprocess/completed.js";
import { CalledProcessError, TimeoutExpired } from "./subprocess/errors.js";
import { Popen } from "./subprocess/popen.js";
import { PIPE, STDOUT } from "./subprocess/spawn-args.js";

export { CompletedProcess } from "./subprocess/completed.js";
export { CalledProcessError, SubprocessError, TimeoutExpired } from "./subprocess/errors.js";
export { Popen } from "./subprocess/popen.js";
export { DEVNULL, PIPE, STDOUT } from "./subprocess/spawn-args.js";

const isPresent = (v: unknown): boolean => v !== null && v !== undefined;

/** Removes `names` from the keyword record (they are run()'s own keyword-only parameters). */
function takeKeywords(raw: unknown[], names: readonly string[]): [unknown[], Record<string, unknown>, Record<string, unknown>] {
  const [positional, keywords] = splitKwargs(raw);
  const own: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(keywords)) (names.includes(k) ? own : rest)[k] = v;
  return [positional, own, rest];
}

function popenWith(positional: unknown[], keywords: Record<string, unknown>): Popen {
  return new Popen(...positional, new Kwargs(keywords));
}

// `with Popen(...) as p: body`: __exit__ closes the pipes and waits, also after an exception.
async function withPopen<T>(p: Popen, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } finally {
    await p.__exit__();
  }
}

export async function run(...raw: unknown[]): Promise<CompletedProcess> {
  const [positional, own, kwargs] = takeKeywords(raw, ["input", "capture_output", "timeout", "check"]);
  const input = own.input ?? null;
  if (isPresent(input)) {
    if (isPresent(kwargs.stdin)) throw new ValueError("stdin and input arguments may not both be used.");
    kwargs.stdin = PIPE;
  }
  if (truth(own.capture_output ?? false)) {
    if (isPresent(kwargs.stdout) || isPresent(kwargs.stderr)) {
      throw new ValueError("stdout and stderr arguments may not be used with capture_output.");
    }
    kwargs.stdout = PIPE;
    kwargs.stderr = PIPE;
  }
  const process = popenWith(positional, kwargs);
  const [stdout, stderr, retcode] = await withPopen(process, async () => {
    let out: PyTuple;
    try {
      out = await process.communicate(input, own.timeout ?? null);
    } catch (e) {
      process.kill();
      if (e instanceof TimeoutExpired) await process.wait();
      throw e;
    }
    return [out[0], out[1], process.poll()] as const;
  });
  if (truth(own.check ?? false) && truth(retcode)) {
    throw new CalledProcessError(retcode, process.args, new Kwargs({ output: stdout, stderr }));
  }
  return new CompletedProcess(process.args, retcode, stdout, stderr);
}

export async function call(...raw: unknown[]): Promise<number> {
  const [positional, own, kwargs] = takeKeywords(raw, ["timeout"]);
  const p = popenWith(positional, kwargs);
  return withPopen(p, async () => {
    try {
      return await p.wait(own.timeout ?? null);
    } catch (e) {
      p.kill();
      throw e;
    }
  });
}

export async function check_call(...raw: unknown[]): Promise<number> {
  const retcode = await call(...raw);
  if (truth(retcode)) {
    const [positional, keywords] = splitKwargs(raw);
    const cmd = isPresent(keywords.args) ? keywords.args : positional[0];
    throw new CalledProcessError(retcode, cmd);
  }
  return 0;
}

export async function check_output(...raw: unknown[]): Promise<unknown> {
  const [positional, own, kwargs] = takeKeywords(raw, ["timeout"]);
  if ("stdout" in kwargs) throw new ValueError("stdout argument not allowed, it will be overridden.");
  if ("input" in kwargs && !isPresent(kwargs.input)) {
    const text = ["universal_newlines", "text", "encoding", "errors"].some((k) => truth(kwargs[k] ?? null));
    kwargs.input = text ? "" : new PyBytes(new Uint8Array());
  }
  const result = await run(...positional, new Kwargs({ ...kwargs, stdout: PIPE, timeout: own.timeout ?? null, check: true }));
  return result.stdout;
}

const STATUS_SIG = signature("getstatusoutput", ["cmd", "*", "encoding=", "errors="]);
const OUTPUT_SIG = signature("getoutput", ["cmd", "*", "encoding=", "errors="]);

async function statusOutput(cmd: unknown, encoding: unknown, errors: unknown): Promise<PyTuple> {
  let data: unknown;
  let exitcode: unknown;
  try {
    data = await check_output(cmd, new Kwargs({ shell: true, text: true, stderr: STDOUT, encoding: encoding ?? null, errors: errors ?? null }));
    exitcode = 0;
  } catch (e) {
    if (!(e instanceof CalledProcessError)) throw e;
    data = e.output;
    exitcode = e.returncode;
  }
  if (typeof data === "string" && data.endsWith("\n")) data = data.slice(0, -1);
  return PyTuple.of(exitcode, data);
}

export async function getstatusoutput(...raw: unknown[]): Promise<PyTuple> {
  const { cmd, encoding, errors } = bindCall(STATUS_SIG, raw);
  return statusOutput(cmd, encoding, errors);
}

export async function getoutput(...raw: unknown[]): Promise<unknown> {
  const { cmd, encoding, errors } = bindCall(OUTPUT_SIG, raw);
  return (await statusOutput(cmd, encoding, errors))[1];
}
