// os.stat_result: a 10-item sequence (times as whole seconds) with named fields, the float times
// and the *_ns times as attributes, as CPython's structseq shows it. Not a PyTuple subclass, so
// that repr() shows the structseq form.
import type { BigIntStats } from "node:fs";
import { PyTuple } from "../../builtins/tuple.js";
import { PyFloat } from "../../builtins/float.js";
import { getitem } from "../../builtins/items.js";

const FIELDS = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"] as const;

function int(n: bigint): number | bigint {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(n) : n;
}

// st_mtime as CPython computes it: seconds + nanoseconds * 1e-9 in double precision.
export function secondsFromNs(ns: bigint): PyFloat {
  const sec = ns / 1_000_000_000n;
  const rem = ns % 1_000_000_000n;
  return new PyFloat(Number(sec) + Number(rem) * 1e-9);
}

export class stat_result {
  static readonly __module__ = "os";
  readonly [index: number]: number | bigint;
  private readonly items: (number | bigint)[];

  constructor(private readonly st: BigIntStats) {
    const sec = (ns: bigint): bigint => ns / 1_000_000_000n;
    this.items = [st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, sec(st.atimeNs), sec(st.mtimeNs), sec(st.ctimeNs)].map(int);
    this.items.forEach((v, i) => Object.defineProperty(this, i, { value: v, enumerable: false }));
  }

  __len__(): number {
    return 10;
  }
  get length(): number {
    return 10;
  }
  __getitem__(i: unknown): unknown {
    return getitem(this.toTuple(), i);
  }
  [Symbol.iterator](): Iterator<number | bigint> {
    return this.items[Symbol.iterator]();
  }
  toTuple(): PyTuple<number | bigint> {
    return PyTuple.fromIterable(this.items);
  }
  get st_mode(): number | bigint {
    return this.items[0]!;
  }
  get st_ino(): number | bigint {
    return this.items[1]!;
  }
  get st_dev(): number | bigint {
    return this.items[2]!;
  }
  get st_nlink(): number | bigint {
    return this.items[3]!;
  }
  get st_uid(): number | bigint {
    return this.items[4]!;
  }
  get st_gid(): number | bigint {
    return this.items[5]!;
  }
  get st_size(): number | bigint {
    return this.items[6]!;
  }
  get st_atime(): PyFloat {
    return secondsFromNs(this.st.atimeNs);
  }
  get st_mtime(): PyFloat {
    return secondsFromNs(this.st.mtimeNs);
  }
  get st_ctime(): PyFloat {
    return secondsFromNs(this.st.ctimeNs);
  }
  get st_atime_ns(): number | bigint {
    return int(this.st.atimeNs);
  }
  get st_mtime_ns(): number | bigint {
    return int(this.st.mtimeNs);
  }
  get st_ctime_ns(): number | bigint {
    return int(this.st.ctimeNs);
  }
  get st_blksize(): number | bigint {
    return int(this.st.blksize);
  }
  get st_blocks(): number | bigint {
    return int(this.st.blocks);
  }
  get st_rdev(): number | bigint {
    return int(this.st.rdev);
  }

  __repr__(): string {
    return `os.stat_result(${FIELDS.map((f, i) => `${f}=${String(this.items[i])}`).join(", ")})`;
  }
}
