// Finds the samples (samples/<area>/<name>.py) and where their expectations live
// (snapshots/<area>/<name>.ts, .stdout, .stderr, .exitcode, .pid).

import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSidecar, type Sidecar } from "./sidecar.js";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

export interface Sample {
  /** "<area>/<name>", the test id. */
  readonly id: string;
  readonly file: string;
  readonly sidecar: Sidecar;
  /** snapshots/<area>/<name> without extension. */
  readonly expectationBase: string;
  readonly snapshotFile: string;
}

export interface SampleDirs {
  readonly samplesDir: string;
  readonly snapshotsDir: string;
}

export const DEFAULT_DIRS: SampleDirs = {
  samplesDir: path.join(REPO_ROOT, "samples"),
  snapshotsDir: path.join(REPO_ROOT, "snapshots"),
};

export function findSamples(dirs: SampleDirs = DEFAULT_DIRS): Sample[] {
  return readdirSync(dirs.samplesDir, { recursive: true, encoding: "utf8" })
    .filter((entry) => entry.endsWith(".py"))
    .sort()
    .map((entry) => {
      const id = entry.replace(/\.py$/, "").split(path.sep).join("/");
      const file = path.join(dirs.samplesDir, entry);
      const expectationBase = path.join(dirs.snapshotsDir, ...id.split("/"));
      return {
        id,
        file,
        sidecar: loadSidecar(file),
        expectationBase,
        snapshotFile: `${expectationBase}.ts`,
      };
    });
}

const EXPECTATION_EXTENSIONS = [".ts", ".stdout", ".stderr", ".exitcode", ".pid"];

/** Expectation files under snapshots/<area>/ whose sample no longer exists. */
export function orphanExpectations(samples: readonly Sample[], dirs: SampleDirs = DEFAULT_DIRS): string[] {
  const bases = new Set(samples.map((sample) => sample.expectationBase));
  return readdirSync(dirs.snapshotsDir, { recursive: true, encoding: "utf8" })
    .filter((entry) => entry.includes(path.sep))
    .filter((entry) => {
      const extension = EXPECTATION_EXTENSIONS.find((ext) => entry.endsWith(ext));
      if (extension === undefined) return false;
      return !bases.has(path.join(dirs.snapshotsDir, entry.slice(0, -extension.length)));
    })
    .sort();
}

/** The test-name suffix that shows how a sample is compared. */
export function sampleTags(sidecar: Sidecar): string {
  const tags: string[] = [];
  if (sidecar.unorderedLines) tags.push("[unordered]");
  if (sidecar.normalize?.length) tags.push(`[normalize: ${sidecar.normalize.join(", ")}]`);
  if (sidecar.knownFailure) tags.push(`[known failure: ${sidecar.knownFailure}]`);
  return tags.join(" ");
}
