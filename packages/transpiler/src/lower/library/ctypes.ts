// ctypes (@py2ts/runtime/ctypes): the fundamental C data types, for multiprocessing's
// Value/Array and c_int(…) values. Pointers, Structure/Union, array types (c_int * 3), CDLL and
// the other foreign-function names are not in the table, so using one is a located error.

import type { LibraryModule, MemberInfo } from "./types.js";

const SIMPLE_TYPES = [
  "c_bool", "c_char", "c_wchar", "c_byte", "c_ubyte", "c_short", "c_ushort", "c_int", "c_uint", "c_long", "c_ulong",
  "c_longlong", "c_ulonglong", "c_float", "c_double", "c_size_t", "c_ssize_t", "c_int8", "c_uint8", "c_int16",
  "c_uint16", "c_int32", "c_uint32", "c_int64", "c_uint64",
];

export const ctypesLibrary: LibraryModule = {
  python: "ctypes",
  runtime: "@py2ts/runtime/ctypes",
  members: {
    ...Object.fromEntries(SIMPLE_TYPES.map((name): [string, MemberInfo] => [name, { kind: "class", qualname: `ctypes.${name}` }])),
    sizeof: { kind: "function" },
  },
};
