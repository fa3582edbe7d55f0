// Declares the three tests of every sample: the generated TypeScript equals its snapshot, the
// generated program prints what python3 prints, and the recorded python3 output is current.
// A sample declared a known failure must still fail its differential test; it is never skipped.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, test } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import {
  runGenerated as realRunGenerated,
  RuntimeResolutionError,
  type ProgramResult,
  type RunGeneratedOptions,
} from "../../src/run/index.js";
import { comparable, sameOutput, type Comparable } from "./compare.js";
import {
  environmentMismatch,
  livePythonAvailable,
  readRecorded,
  runLivePython,
  signalExitCode,
  type Observed,
} from "./oracle.js";
import {
  DEFAULT_DIRS,
  findSamples,
  orphanExpectations,
  sampleTags,
  type Sample,
  type SampleDirs,
} from "./samples.js";

export type Transpile = (
  source: string,
  options: { file: string },
) => Promise<{ code: string | null; diagnostics: readonly Diagnostic[] }>;

export interface SampleSuiteOptions {
  readonly transpile: Transpile;
  readonly runGenerated?: (code: string, options: RunGeneratedOptions) => Promise<ProgramResult>;
  readonly dirs?: SampleDirs;
  /** Use live python3 when present (default); false forces the recorded files. */
  readonly livePython?: boolean;
}

// Seeds sleep 2–3 s in several processes; python3 and the generated program both run.
const TEST_TIMEOUT_MS = 120_000;
const STDERR_SHOWN = 2000;
// A generated program that hangs (a known failure waiting on an unimplemented primitive) must
// not eat the CI budget: the seeds finish in under 5 s under python3.
const PROGRAM_TIMEOUT_MS = 30_000;

function memo<T>(compute: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= compute());
}

// Vitest writes missing snapshots unless it runs with update "none" (CI without -u); there a
// missing file should say how to create it rather than report a bare mismatch.
function snapshotsAreReadOnly(expect: { getState(): unknown }): boolean {
  const state = expect.getState() as { snapshotState?: { _updateSnapshot?: string } };
  return state.snapshotState?._updateSnapshot === "none";
}

function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`).join("\n");
}

interface Attempt {
  /** Why the sample does not (yet) reproduce python3; undefined when it does. */
  readonly failure: string | undefined;
  readonly actual: Comparable | undefined;
}

function defineSample(sample: Sample, options: SampleSuiteOptions, pythonHere: boolean): void {
  const { sidecar } = sample;
  const mismatch = pythonHere ? environmentMismatch(sample) : "live python3 3.11 not available";
  const live = mismatch === undefined;
  const runGenerated = options.runGenerated ?? realRunGenerated;
  const conversion = memo(async () =>
    options.transpile(await readFile(sample.file, "utf8"), { file: sample.file }),
  );
  const livePython = memo(() => runLivePython(sample));
  const oracle = (): Promise<Observed> => (live ? livePython() : Promise.resolve(readRecorded(sample)));

  const attempt = async (): Promise<Attempt> => {
    const { code, diagnostics } = await conversion();
    if (code === null) {
      return { failure: `conversion failed:\n${renderDiagnostics(diagnostics)}`, actual: undefined };
    }
    let result: ProgramResult;
    try {
      result = await runGenerated(code, {
        file: sample.file,
        args: sidecar.args,
        stdin: sidecar.stdin,
        timeoutMs: sidecar.timeoutMs ?? PROGRAM_TIMEOUT_MS,
      });
    } catch (error) {
      if (error instanceof RuntimeResolutionError || !sidecar.knownFailure) throw error;
      return { failure: `running failed: ${String(error)}`, actual: undefined };
    }
    const actual = comparable(
      {
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: signalExitCode(result.exitCode, result.signal),
        mainPid: result.pid,
      },
      sidecar,
    );
    const expected = comparable(await oracle(), sidecar);
    // The program's own stderr is the first thing to read when its output differs.
    const stderr = result.stderr === "" ? "" : `; its stderr ends with:\n${result.stderr.slice(-STDERR_SHOWN)}`;
    if (result.timedOut) return { failure: `timed out after ${sidecar.timeoutMs ?? PROGRAM_TIMEOUT_MS} ms${stderr}`, actual };
    return { failure: sameOutput(actual, expected) ? undefined : `output differs${stderr}`, actual };
  };

  describe.concurrent(`${sample.id} ${sampleTags(sidecar)}`.trim(), { timeout: TEST_TIMEOUT_MS }, () => {
    test("generated TypeScript equals snapshots/" + `${sample.id}.ts`, async ({ expect }) => {
      const { code, diagnostics } = await conversion();
      if (code === null) {
        if (sidecar.knownFailure) {
          expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
          return;
        }
        expect.fail(`conversion failed:\n${renderDiagnostics(diagnostics)}`);
      }
      if (snapshotsAreReadOnly(expect) && !existsSync(sample.snapshotFile)) {
        expect.fail(
          `missing snapshots/${sample.id}.ts: write it with \`pnpm vitest run packages/transpiler/test/samples.test.ts -u\`, review it and commit it`,
        );
      }
      await expect(code).toMatchFileSnapshot(sample.snapshotFile);
    });

    test("prints what python3 prints", async ({ expect }) => {
      const { failure, actual } = await attempt();
      if (sidecar.knownFailure) {
        if (failure === undefined) {
          expect.fail(
            `${sample.id} now reproduces python3: remove "knownFailure" from samples/${sample.id}.json`,
          );
        }
        return;
      }
      if (actual === undefined) expect.fail(failure);
      expect(actual, failure).toEqual(comparable(await oracle(), sidecar));
    });

    if (live) {
      test("recorded output equals live python3", async ({ expect }) => {
        expect(comparable(await livePython(), sidecar)).toEqual(comparable(readRecorded(sample), sidecar));
      });
    } else {
      test(`recorded output is readable (not compared: ${mismatch})`, ({ expect }) => {
        expect(Number.isInteger(readRecorded(sample).exitCode)).toBe(true);
      });
    }
  });
}

export function defineSampleTests(options: SampleSuiteOptions): void {
  const dirs = options.dirs ?? DEFAULT_DIRS;
  const samples = findSamples(dirs);
  const live = (options.livePython ?? true) && livePythonAvailable();
  test("every expectation file under snapshots/ belongs to a sample", ({ expect }) => {
    expect(orphanExpectations(samples, dirs)).toEqual([]);
  });
  for (const sample of samples) defineSample(sample, options, live);
}
