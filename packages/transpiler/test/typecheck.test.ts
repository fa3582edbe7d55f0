// Every generated snapshot must compile under `tsc --strict` against @py2ts/runtime's declarations
// (snapshots/tsconfig.json): converted code is typed TypeScript, not JS with types bolted on.

import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const project = fileURLToPath(new URL("../../../snapshots/tsconfig.json", import.meta.url));

describe("generated TypeScript", () => {
  it("type-checks with tsc --noEmit --strict (snapshots/tsconfig.json)", () => {
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "-p", project, "--noEmit", "--strict"], { encoding: "utf8" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.split("\n").filter((line) => line.includes("error TS"))).toEqual([]);
  }, 180_000);
});
