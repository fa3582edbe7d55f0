// Compares a program's output with python3's under a sample's sidecar rules. The result is
// plain data so the test can show one readable diff and decide about known failures.

import { lastStderrLine, prepareOutput } from "./normalize.js";
import type { Observed } from "./oracle.js";
import type { Sidecar } from "./sidecar.js";

/** The parts of an output that must be equal, after normalization. */
export interface Comparable {
  readonly stdout: string;
  readonly exitCode: number;
  readonly stderrLastLine?: string;
}

export function comparable(observed: Observed, sidecar: Sidecar): Comparable {
  const options = {
    normalize: sidecar.normalize,
    unorderedLines: sidecar.unorderedLines,
    mainPid: observed.mainPid,
  };
  const base = { stdout: prepareOutput(observed.stdout, options), exitCode: observed.exitCode };
  return sidecar.stderr === "last-line"
    ? { ...base, stderrLastLine: lastStderrLine(observed.stderr, options) }
    : base;
}

export function sameOutput(a: Comparable, b: Comparable): boolean {
  return a.stdout === b.stdout && a.exitCode === b.exitCode && a.stderrLastLine === b.stderrLastLine;
}
