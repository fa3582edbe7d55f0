// The python3 oracle for the random and math tests: evaluates Python expressions live when
// python3 is on PATH, else reads the values recorded beside the test (UPDATE_SNAPSHOTS=1
// rewrites the record from a live run).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { formatExceptionOnly, repr } from "../../src/builtins/index.js";

const SCRIPT = `
import json, sys
data = json.load(sys.stdin)
ns = {}
exec(data["setup"], ns)
out = []
for expr in data["exprs"]:
    try:
        out.append(repr(eval(expr, ns)))
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
print(json.dumps(out))
`;

export function livePython(setup: string, exprs: readonly string[]): string[] | undefined {
  const r = spawnSync("python3", ["-c", SCRIPT], { input: JSON.stringify({ setup, exprs }), encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error || r.status !== 0) return undefined;
  return JSON.parse(r.stdout) as string[];
}

export function recorded(file: URL): Record<string, string[]> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>) : {};
}

export function saveRecord(file: URL, data: Record<string, string[]>): void {
  if (process.env.UPDATE_SNAPSHOTS === "1") writeFileSync(file, JSON.stringify(data, null, 1) + "\n");
}

// repr of a result, or CPython's "Type: message" line for an exception.
export function outcome(thunk: () => unknown): string {
  try {
    return repr(thunk());
  } catch (e) {
    return formatExceptionOnly(e);
  }
}

// PY2TS_NO_PYTHON=1 exercises the recorded fallback on a machine that has python3.
export function hasPython(): boolean {
  if (process.env.PY2TS_NO_PYTHON === "1") return false;
  return !spawnSync("python3", ["-c", "pass"]).error;
}
