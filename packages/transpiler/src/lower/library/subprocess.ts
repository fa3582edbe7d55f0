// subprocess, as the runtime provides it (packages/runtime/src/subprocess.ts). Everything that
// waits for a child (run, call, wait, communicate, reads from its pipes) is awaited.

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
