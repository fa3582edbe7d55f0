// Differential harness: a Python snippet and its TypeScript twin run against the same fresh
// temporary directory D; each side reports values with show() (repr) / err() (type: message).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repr, str } from "../../src/builtins/repr.js";
import { typeName } from "../../src/builtins/typename.js";

const PRELUDE = `
import os, sys, io, os.path, pathlib
from pathlib import Path, PosixPath, PurePath, PurePosixPath
D = sys.argv[1]
def show(*xs): print(" ".join(repr(x) for x in xs))
def err(f):
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
`;

export function freshDir(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), "py2ts-io-")));
}

// Empties `dir` so the second side starts from what the first one started from.
export function emptied(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  return dir;
}

export function python(code: string, dir: string): string {
  return execFileSync("python3", ["-c", PRELUDE + code, dir], { encoding: "utf8" });
}

export type Reporter = { show(...xs: unknown[]): void; err(f: () => unknown): void };

export function typescript(body: (r: Reporter, dir: string) => void, dir: string): string {
  const lines: string[] = [];
  const r: Reporter = {
    show: (...xs) => lines.push(xs.map((x) => repr(x)).join(" ")),
    err: (f) => {
      try {
        r.show(f());
      } catch (e) {
        lines.push(`${typeName(e)}: ${str(e)}`);
      }
    },
  };
  body(r, dir);
  return lines.map((l) => l + "\n").join("");
}
