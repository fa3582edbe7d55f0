// The transpiler's subprocess table must match this runtime: every member exported, every
// listed method present, and `blocking` exactly on the methods that return promises (those
// calls are awaited by generated code; the others must stay synchronous).
import { describe, expect, it } from "vitest";
import { subprocessLibrary } from "../../../transpiler/src/lower/library/subprocess.js";
import * as runtime from "../../src/subprocess.js";
import { PipeReader } from "../../src/subprocess/pipe-reader.js";
import { PipeWriter } from "../../src/subprocess/pipe-writer.js";

const CLASSES: Record<string, Function> = {
  "subprocess.Popen": runtime.Popen,
  "subprocess.CompletedProcess": runtime.CompletedProcess,
  "subprocess.PipeReader": PipeReader,
  "subprocess.PipeWriter": PipeWriter,
};

const isAsync = (fn: unknown): boolean => typeof fn === "function" && fn.constructor.name === "AsyncFunction";

describe("subprocess library table", () => {
  it("lists only exported members", () => {
    const missing = Object.keys(subprocessLibrary.members).filter((name) => !(name in runtime));
    expect(missing).toEqual([]);
  });

  it("marks exactly the async functions as blocking", () => {
    for (const [name, info] of Object.entries(subprocessLibrary.members)) {
      if (info.kind !== "function") continue;
      expect([name, isAsync((runtime as Record<string, unknown>)[name])]).toEqual([name, info.blocking === true]);
    }
  });

  it("describes every class by its real methods", () => {
    expect(Object.keys(subprocessLibrary.classes ?? {}).sort()).toEqual(Object.keys(CLASSES).sort());
    for (const [qualname, info] of Object.entries(subprocessLibrary.classes ?? {})) {
      const proto = CLASSES[qualname]!.prototype as Record<string, unknown>;
      for (const [method, m] of Object.entries(info.methods)) {
        expect([qualname, method, typeof proto[method]]).toEqual([qualname, method, "function"]);
        expect([qualname, method, isAsync(proto[method])]).toEqual([qualname, method, m.blocking === true]);
      }
      if (info.asyncIterable) expect(typeof proto[Symbol.asyncIterator as unknown as string]).toBe("function");
    }
  });
});
