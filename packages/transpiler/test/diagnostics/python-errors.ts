// CPython's SyntaxError for a snippet ("line:col: message"), live from python3 when present,
// else from the recorded fixture (rewritten with UPDATE_SNAPSHOTS=1).

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const script = String.raw`
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "t.py", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append(f"{e.lineno}:{e.offset}: {e.msg}")
print(json.dumps(out))
`;

/** With `record: false` (generated inputs) python3 is required and nothing is written. */
export function cpythonErrors(
  name: string,
  sources: readonly string[],
  options: { readonly record: boolean } = { record: true },
): (string | null)[] {
  const recorded = new URL(`./fixtures/${name}.json`, import.meta.url);
  const run = spawnSync("python3", ["-c", script], { input: JSON.stringify(sources), encoding: "utf8",
    // The corpus is large (every sample), and sources may hold lone surrogates: room for the
    // output, and surrogates passed through rather than failing python's UTF-8 stdout.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: "utf-8:surrogatepass" },
  });
  if (run.status !== 0 && !options.record) throw new Error(`python3 is needed for ${name}: ${run.stderr || run.error}`);
  if (run.status === 0) {
    const live = JSON.parse(run.stdout) as (string | null)[];
    if (!options.record) return live;
    const stale = !existsSync(recorded) || sources.some((s) => !(s in (JSON.parse(readFileSync(recorded, "utf8")) as object)));
    if (process.env.UPDATE_SNAPSHOTS === "1" || stale) {
      writeFileSync(recorded, JSON.stringify(Object.fromEntries(sources.map((s, i) => [s, live[i]])), null, 1) + "\n");
    }
    return live;
  }
  const stored = JSON.parse(readFileSync(recorded, "utf8")) as Record<string, string | null>;
  return sources.map((s) => stored[s] ?? null);
}
