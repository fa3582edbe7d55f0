// How sharedctypes objects cross to another process: the raw object as its buffer, typecode and
// length; a synchronized wrapper as that plus its lock's own handle state.
import { TypeError } from "../builtins/exceptions.js";
import { findHandleType, handleTypeNamed, registerHandleType } from "./handles.js";
import { ctypeForCode } from "./shared-ctypes-codec.js";
import { CArray, CValue, newCArray, newCValue, Synchronized, SynchronizedArray, SynchronizedString } from "./sharedctypes.js";
import type { SemLock } from "./synchronize.js";

interface RawWire {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  readonly typecode: string;
  readonly length: number | null;
}

interface SynchronizedWire {
  readonly obj: RawWire;
  readonly lockType: string;
  readonly lockState: unknown;
}

function reduceRaw(obj: CValue | CArray): RawWire {
  return {
    buffer: obj._buffer,
    typecode: obj._type.typecode,
    length: obj instanceof CArray ? obj._length : null,
  };
}

function rebuildRaw(wire: RawWire): CValue | CArray {
  const type = ctypeForCode(wire.typecode);
  // Arrays are only made by RawArray, always in shared memory.
  return wire.length === null ? newCValue(type, wire.buffer) : newCArray(type, wire.buffer as SharedArrayBuffer, wire.length);
}

registerHandleType<CValue | CArray>({
  name: "multiprocessing.sharedctypes.raw",
  matches: (value): value is CValue | CArray => value instanceof CValue || value instanceof CArray,
  reduce: (obj) => ({ state: reduceRaw(obj) }),
  rebuild: (state) => rebuildRaw(state as RawWire),
});

type AnySynchronized = Synchronized | SynchronizedArray;

registerHandleType<AnySynchronized>({
  name: "multiprocessing.sharedctypes.synchronized",
  matches: (value): value is AnySynchronized => value instanceof Synchronized || value instanceof SynchronizedArray,
  reduce: (wrapper) => {
    const lockType = findHandleType(wrapper._lock);
    if (lockType === undefined) throw new TypeError("the lock of a synchronized wrapper is not shareable");
    const wire: SynchronizedWire = {
      obj: reduceRaw(wrapper._obj),
      lockType: lockType.name,
      lockState: lockType.reduce(wrapper._lock).state,
    };
    return { state: wire };
  },
  rebuild: (state) => {
    const wire = state as SynchronizedWire;
    const obj = rebuildRaw(wire.obj);
    const lock = handleTypeNamed(wire.lockType)!.rebuild(wire.lockState) as SemLock;
    if (obj instanceof CValue) return new Synchronized(obj, lock);
    return obj._type.typecode === "c" ? new SynchronizedString(obj, lock) : new SynchronizedArray(obj, lock);
  },
});
