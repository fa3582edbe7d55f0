// The C types behind multiprocessing.sharedctypes' typecodes: size, ctypes name, and how a Python
// value is stored (C conversion rules: integers wrap to their width, 'f' rounds to float32) and
// read back (ints as number/bigint, floats as PyFloat, 'c' as 1-byte bytes, 'u' as a 1-char str).
import { TypeError } from "../builtins/exceptions.js";
import { PyBytes } from "../builtins/bytes.js";
import { PyFloat } from "../builtins/float.js";
import { typeName } from "../builtins/typename.js";
import { truth } from "../builtins/truth.js";

export interface CType {
  readonly typecode: string;
  readonly name: string;
  readonly size: number;
  read(view: DataView, offset: number): unknown;
  write(view: DataView, offset: number, value: unknown): void;
}

function intType(typecode: string, name: string, size: 1 | 2 | 4 | 8, signed: boolean): CType {
  const bits = size * 8;
  return {
    typecode,
    name,
    size,
    read(view, offset) {
      switch (size) {
        case 1:
          return signed ? view.getInt8(offset) : view.getUint8(offset);
        case 2:
          return signed ? view.getInt16(offset, true) : view.getUint16(offset, true);
        case 4:
          return signed ? view.getInt32(offset, true) : view.getUint32(offset, true);
        case 8:
          return normalizeInt(signed ? view.getBigInt64(offset, true) : view.getBigUint64(offset, true));
      }
    },
    write(view, offset, value) {
      const wrapped = BigInt.asUintN(bits, BigInt(toCInt(value)));
      if (size === 8) view.setBigUint64(offset, wrapped, true);
      else if (size === 4) view.setUint32(offset, Number(wrapped), true);
      else if (size === 2) view.setUint16(offset, Number(wrapped), true);
      else view.setUint8(offset, Number(wrapped));
    },
  };
}

function floatType(typecode: string, name: string, size: 4 | 8): CType {
  return {
    typecode,
    name,
    size,
    read: (view, offset) => new PyFloat(size === 4 ? view.getFloat32(offset, true) : view.getFloat64(offset, true)),
    write(view, offset, value) {
      const x = toCDouble(value);
      if (size === 4) view.setFloat32(offset, x, true);
      else view.setFloat64(offset, x, true);
    },
  };
}

const charType: CType = {
  typecode: "c",
  name: "c_char",
  size: 1,
  read: (view, offset) => new PyBytes(Uint8Array.of(view.getUint8(offset))),
  write(view, offset, value) {
    if (value instanceof PyBytes && value.bytes.length === 1) view.setUint8(offset, value.bytes[0]!);
    else if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 256) view.setUint8(offset, value);
    else throw new TypeError("one character bytes, bytearray or integer expected");
  },
};

const wcharType: CType = {
  typecode: "u",
  name: "c_wchar",
  size: 4,
  read: (view, offset) => {
    const code = view.getUint32(offset, true);
    return code === 0 ? "\0" : String.fromCodePoint(code);
  },
  write(view, offset, value) {
    if (typeof value !== "string" || [...value].length !== 1) throw new TypeError("one character unicode string expected");
    view.setUint32(offset, value.codePointAt(0)!, true);
  },
};

// Linux x86-64: long is 64 bits, so 'l'/'q' are both c_long and 'L'/'Q' both c_ulong.
const TYPES: Record<string, CType> = {
  b: intType("b", "c_byte", 1, true),
  B: intType("B", "c_ubyte", 1, false),
  h: intType("h", "c_short", 2, true),
  H: intType("H", "c_ushort", 2, false),
  i: intType("i", "c_int", 4, true),
  I: intType("I", "c_uint", 4, false),
  l: intType("l", "c_long", 8, true),
  L: intType("L", "c_ulong", 8, false),
  q: intType("q", "c_long", 8, true),
  Q: intType("Q", "c_ulong", 8, false),
  f: floatType("f", "c_float", 4),
  d: floatType("d", "c_double", 8),
  c: charType,
  u: wcharType,
};

// c_bool has no sharedctypes typecode ('?' is only its ctypes `_type_`), but a Value made from it
// must still cross to a child by code.
const boolType: CType = {
  typecode: "?",
  name: "c_bool",
  size: 1,
  read: (view, offset) => view.getUint8(offset) !== 0,
  write: (view, offset, value) => view.setUint8(offset, truth(value) ? 1 : 0),
};

/** The C type of a ctypes class (`c_int`…), which carries it as `_ctype`; else undefined. */
export function ctypeOfClass(type: unknown): CType | undefined {
  const ctype = typeof type === "function" ? (type as { _ctype?: unknown })._ctype : undefined;
  return ctype !== undefined && ctype !== null && typeof ctype === "object" ? (ctype as CType) : undefined;
}

/** sharedctypes' `typecode_or_type`: a typecode letter or a ctypes class. */
export function ctypeFor(typecode_or_type: unknown): CType {
  const type = typeof typecode_or_type === "string" ? TYPES[typecode_or_type] : ctypeOfClass(typecode_or_type);
  if (type === undefined) throw new TypeError("this type has no size");
  return type;
}

/** A C type by its code, as recorded when an object crosses processes ('?' included). */
export function ctypeForCode(code: string): CType {
  return code === "?" ? boolType : ctypeFor(code);
}

/** Every C type ctypes names, by its `_type_` code (Linux x86-64: 'q' and 'l' are both c_long). */
export const CTYPES_BY_CODE: Readonly<Record<string, CType>> = { ...TYPES, "?": boolType };

function toCInt(value: unknown): number | bigint {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "bigint") return value;
  throw new TypeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
}

function toCDouble(value: unknown): number {
  if (value instanceof PyFloat) return value.value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  throw new TypeError(`must be real number, not ${typeName(value)}`);
}

// ARCHITECTURE: ints in the safe range are numbers, never bigints.
function normalizeInt(value: bigint): number | bigint {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}
