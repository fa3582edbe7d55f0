// Compiles packages/runtime once into a temp dir so tests can run the runtime in a fresh Node
// process (real fds, real module loading order).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../../..", import.meta.url).pathname;
let outDir: string | undefined;

export function compiledRuntime(): string {
  if (outDir) return outDir;
  const dir = mkdtempSync(join(tmpdir(), "py2ts-runtime-"));
  spawnSync("node", [join(root, "node_modules/typescript/bin/tsc"), "-p", "packages/runtime", "--outDir", dir, "--tsBuildInfoFile", join(dir, "tsbuildinfo")], { cwd: root });
  outDir = dir;
  return dir;
}

export function runModule(source: string, options: { input?: string } = {}): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync("node", ["--input-type=module", "-e", source], { encoding: "utf8", input: options.input ?? "" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
