// ctypes: the fundamental C data types (c_int, c_double, c_char…), so that multiprocessing's
// Value/Array/RawValue/RawArray can be given a ctypes type, as scripts often do, and c_int(5)
// values behave as in CPython (C wrap-around, repr, sizeof). Each class is the one sharedctypes
// uses for its scalars, so isinstance(Value(c_int).get_obj(), c_int) holds. Pointers, structures,
// unions, array types and foreign functions are not provided: the transpiler reports them.
import { TypeError } from "./builtins/exceptions.js";
import { CArray, CValue, scalarClass } from "./multiprocessing/sharedctypes.js";
import { CTYPES_BY_CODE, ctypeOfClass } from "./multiprocessing/shared-ctypes-codec.js";

function simple(code: string): typeof CValue {
  return scalarClass(CTYPES_BY_CODE[code]!);
}

export const c_bool = simple("?");
export const c_char = simple("c");
export const c_wchar = simple("u");
export const c_byte = simple("b");
export const c_ubyte = simple("B");
export const c_short = simple("h");
export const c_ushort = simple("H");
export const c_int = simple("i");
export const c_uint = simple("I");
export const c_long = simple("l");
export const c_ulong = simple("L");
export const c_float = simple("f");
export const c_double = simple("d");
// On Linux x86-64 these are the same classes as above, as in CPython (c_int64 is c_long).
export const c_longlong = c_long;
export const c_ulonglong = c_ulong;
export const c_size_t = c_ulong;
export const c_ssize_t = c_long;
export const c_int8 = c_byte;
export const c_uint8 = c_ubyte;
export const c_int16 = c_short;
export const c_uint16 = c_ushort;
export const c_int32 = c_int;
export const c_uint32 = c_uint;
export const c_int64 = c_long;
export const c_uint64 = c_ulong;

/** sizeof(type or instance) in bytes. */
export function sizeof(obj: unknown): number {
  const type = ctypeOfClass(obj);
  if (type !== undefined) return type.size;
  if (obj instanceof CArray) return obj._type.size * obj._length;
  if (obj instanceof CValue) return obj._type.size;
  throw new TypeError("this type has no size");
}
