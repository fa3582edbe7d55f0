// subprocess, as the runtime provides it (packages/runtime/src/subprocess.ts). Everything that
// waits for a child (run, call, wait, communicate, reads from its pipes) is awaited.

import type { Call, Expr } from "../../ast/nodes.js";
import type { LibraryModule } from "./types.js";

const blocking = { blocking: true } as const;

export const subprocessLibrary: LibraryModule = {
  python: "subprocess",
  runtime: "@py2ts/runtime/subprocess",
  members: {
    run: { kind: "function", blocking: true, returns: "subprocess.CompletedProcess" },
    call: { kind: "function", blocking: true },
    check_call: { kind: "function", blocking: true },
    check_output: { kind: "function", blocking: true },
    getoutput: { kind: "function", blocking: true },
    getstatusoutput: { kind: "function", blocking: true },
    Popen: { kind: "class", qualname: "subprocess.Popen" },
    CompletedProcess: { kind: "class", qualname: "subprocess.CompletedProcess" },
    SubprocessError: { kind: "exception" },
    CalledProcessError: { kind: "exception" },
    TimeoutExpired: { kind: "exception" },
    PIPE: { kind: "value" },
    STDOUT: { kind: "value" },
    DEVNULL: { kind: "value" },
  },
  classes: {
    "subprocess.Popen": {
      methods: {
        poll: {},
        wait: blocking,
        communicate: blocking,
        send_signal: {},
        terminate: {},
        kill: {},
        __enter__: {},
        __exit__: blocking,
      },
      // __exit__ waits for the child; __enter__ returns self synchronously.
      blockingEnter: true,
      attributes: { stdout: "subprocess.PipeReader", stderr: "subprocess.PipeReader", stdin: "subprocess.PipeWriter" },
      enterReturnsSelf: true,
    },
    "subprocess.CompletedProcess": { methods: { check_returncode: {} } },
    // Popen.stdout / Popen.stderr (BufferedReader or TextIOWrapper in CPython).
    "subprocess.PipeReader": {
      methods: {
        read: blocking,
        readline: blocking,
        readlines: blocking,
        close: {},
        fileno: {},
        readable: {},
        writable: {},
        __enter__: {},
        __exit__: {},
      },
      enterReturnsSelf: true,
      asyncIterable: true,
    },
    // Popen.stdin: writes are queued to the pipe without waiting.
    "subprocess.PipeWriter": {
      methods: { write: {}, writelines: {}, flush: {}, close: {}, fileno: {}, readable: {}, writable: {}, __enter__: {}, __exit__: {} },
      enterReturnsSelf: true,
    },
  },
};

// `sys.executable` runs a converted .py script (runtime subprocess/popen.ts); its other forms
// (`-c code`, `-m module`, other interpreter options) have no converted program to run, so a
// literal argument list that uses one is a located error rather than a NotImplementedError
// when the program runs. Lists that are not literals are left to the runtime.
const PYTHON_CHILD_FUNCTIONS = new Set(["run", "call", "check_call", "check_output", "Popen"]);
const IGNORED_PYTHON_OPTIONS = new Set(["-u", "-B", "-s", "-E", "-I", "-S"]);

/** The argument of `[sys.executable, …]` that py2ts cannot run, and what it is; else null. */
export function unsupportedPythonChild(
  functionName: string,
  call: Call,
  isSysExecutable: (expr: Expr) => boolean,
): { readonly node: Expr; readonly construct: string } | null {
  if (!PYTHON_CHILD_FUNCTIONS.has(functionName)) return null;
  const argv = call.args[0] ?? call.keywords.find((k) => k.arg === "args")?.value;
  if (!argv || (argv.kind !== "List" && argv.kind !== "Tuple") || !argv.elts[0] || !isSysExecutable(argv.elts[0])) return null;
  let index = 1;
  const text = (expr: Expr | undefined): string | null => (expr?.kind === "Constant" && expr.value.type === "str" ? expr.value.value : null);
  while (IGNORED_PYTHON_OPTIONS.has(text(argv.elts[index]) ?? "")) index++;
  const next = argv.elts[index];
  if (next === undefined) return { node: argv, construct: "sys.executable without a script (an interactive Python child)" };
  const option = text(next);
  if (option === null || (!option.startsWith("-") && option.endsWith(".py"))) return null;
  const what = option === "-c" ? "`-c code`" : option === "-m" ? "`-m module`" : `the argument ${JSON.stringify(option)}`;
  return { node: next, construct: `a Python child started as sys.executable with ${what} (py2ts runs converted .py scripts only)` };
}
