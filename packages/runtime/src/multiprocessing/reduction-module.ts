// multiprocessing.reduction: ForkingPickler and its helpers over py2ts's own serialisation
// (reduction.ts), the one every process boundary uses. dumps() gives bytes that loads() and
// every other process read back, but they are not pickle's bytes (nor a memoryview): a script
// that only round-trips values, or registers reducers, sees what CPython shows.
import { PyBytes } from "../builtins/bytes.js";
import { PyByteArray } from "../builtins/bytearray.js";
import { callMethod } from "../builtins/attributes.js";
import { TypeError } from "../builtins/exceptions.js";
import { typeName } from "../builtins/typename.js";
import { bindCall, signature } from "./call.js";
import { dumps as encodeBytes, loads as decodeBytes, registerReducer } from "./reduction.js";

const INIT_SIG = signature("ForkingPickler", ["file", "protocol=", "*", "fix_imports=", "buffer_callback="]);
const DUMPS_SIG = signature("dumps", ["obj", "protocol="]);
const REGISTER_SIG = signature("register", ["type", "reduce"]);
const DUMP_SIG = signature("dump", ["obj", "file", "protocol="]);

function bytesOf(data: unknown): Uint8Array {
  if (data instanceof PyBytes || data instanceof PyByteArray) return data.bytes;
  throw new TypeError(`a bytes-like object is required, not '${typeName(data)}'`);
}

/** ForkingPickler(file, protocol=None): pickles into `file` with the registered reducers. */
export class ForkingPickler {
  static readonly __module__ = "multiprocessing.reduction";
  private readonly file: unknown;

  constructor(...args: unknown[]) {
    this.file = bindCall(INIT_SIG, args).file;
  }

  dump(obj: unknown): null {
    callMethod(this.file, "write", new PyBytes(encodeBytes(obj)));
    return null;
  }

  /** ForkingPickler.register(type, reduce): `reduce(obj)` returns (callable, args). */
  static register(...args: unknown[]): null {
    const a = bindCall(REGISTER_SIG, args);
    registerReducer(a.type as Function, a.reduce);
    return null;
  }

  static dumps(...args: unknown[]): PyBytes {
    return new PyBytes(encodeBytes(bindCall(DUMPS_SIG, args).obj));
  }

  static loads(data: unknown): unknown {
    return decodeBytes(bytesOf(data));
  }
}

export function register(...args: unknown[]): null {
  return ForkingPickler.register(...args);
}

/** dump(obj, file, protocol=None): ForkingPickler(file, protocol).dump(obj). */
export function dump(...args: unknown[]): null {
  const a = bindCall(DUMP_SIG, args);
  return new ForkingPickler(a.file, a.protocol ?? null).dump(a.obj);
}

/** The base of a custom reducer (`multiprocessing.reducer`): it carries the pickler's API. */
export class AbstractReducer {
  static readonly __module__ = "multiprocessing.reduction";
  static readonly ForkingPickler = ForkingPickler;
  static readonly register = register;
  static readonly dump = dump;
  ForkingPickler = ForkingPickler;
  register = register;
  dump = dump;
}

/** `multiprocessing.reducer` (and `ctx.reducer`): the reduction module every context pickles
 *  with. Replacing it (`ctx.reducer = …`) is not supported: py2ts has one serialisation. */
class ReductionModule {
  static readonly __name__ = "module";
  readonly __name__ = "multiprocessing.reduction";
  readonly ForkingPickler = ForkingPickler;
  readonly AbstractReducer = AbstractReducer;
  readonly register = register;
  readonly dump = dump;

  // CPython's repr ends with " from '<its path>'", which names the machine's stdlib.
  __repr__(): string {
    return "<module 'multiprocessing.reduction'>";
  }
}

export const reducer = new ReductionModule();
