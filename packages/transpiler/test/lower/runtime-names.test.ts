// Every runtime name the lowering can emit must really be exported by @py2ts/runtime: a table
// entry without a runtime export would produce a program that fails to link.

import { describe, expect, it } from "vitest";
import { BUILTINS_MODULE, builtinKinds, libraryModule, runtimeHelpers } from "../../src/lower/library/index.js";

const LIBRARIES = ["multiprocessing", "multiprocessing.connection", "multiprocessing.pool", "multiprocessing.dummy", "multiprocessing.shared_memory", "multiprocessing.sharedctypes", "os", "time", "sys", "subprocess", "dataclasses", "enum", "abc", "shutil", "tempfile", "glob", "os.path", "collections", "itertools", "functools", "operator", "json", "string", "textwrap", "datetime", "re", "logging", "argparse", "threading", "concurrent.futures", "concurrent.futures.process", "concurrent.futures.thread", "asyncio", "joblib"];

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

  it("exports the class helpers the lowering calls", async () => {
    expect(typeof ((await import("@py2ts/runtime/dataclasses")) as Record<string, unknown>).applyDataclass).toBe("function");
    expect(typeof ((await import("@py2ts/runtime/enum")) as Record<string, unknown>).enumMembers).toBe("function");
    expect(typeof ((await import("@py2ts/runtime/abc")) as Record<string, unknown>).abstractMethods).toBe("function");
  });

  it("exports the module lifecycle the lowering calls", async () => {
    const main = (await import("@py2ts/runtime/main")) as Record<string, unknown>;
    expect(typeof main.enterModule).toBe("function");
    expect(typeof main.exitMain).toBe("function");
  });
});
