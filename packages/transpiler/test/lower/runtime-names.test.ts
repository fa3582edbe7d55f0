// Every runtime name the lowering can emit must really be exported by @py2ts/runtime: a table
// entry without a runtime export would produce a program that fails to link.

import { describe, expect, it } from "vitest";
import { BUILTINS_MODULE, builtinKinds, libraryModule, runtimeHelpers } from "../../src/lower/library/index.js";

const LIBRARIES = ["multiprocessing", "os", "time", "sys", "subprocess"];

describe("runtime exports", () => {
  it("exports every builtin and helper the lowering names", async () => {
    const builtins = (await import(BUILTINS_MODULE)) as Record<string, unknown>;
    const missing = [...builtinKinds.keys(), ...runtimeHelpers].filter((name) => !(name in builtins));
    expect(missing).toEqual([]);
  });

  for (const python of LIBRARIES) {
    it(`exports every member of the ${python} table`, async () => {
      const library = libraryModule(python)!;
      const runtime = (await import(library.runtime)) as Record<string, unknown>;
      const missing = Object.keys(library.members).filter((name) => !(name in runtime));
      expect(missing).toEqual([]);
    });
  }

  it("exports the module lifecycle the lowering calls", async () => {
    const main = (await import("@py2ts/runtime/main")) as Record<string, unknown>;
    expect(typeof main.enterModule).toBe("function");
    expect(typeof main.exitMain).toBe("function");
  });
});
