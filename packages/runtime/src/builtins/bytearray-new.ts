// bytearray(…): the constructor's argument forms and errors (bytearray_init).
import { TypeError, ValueError } from "./exception-classes.js";
import { PyBytes } from "./bytes.js";
import { PyByteArray, bytesOfInts } from "./bytearray.js";
import { asInt } from "./arith.js";
import { typeName } from "./typename.js";
import { encodeString } from "./codecs.js";
import { splitKwargs } from "./call.js";

/** bytearray(), bytearray(n), bytearray(b"…"), bytearray(iterable of ints), bytearray(str, encoding[, errors]). */
export function bytearrayNew(...args: unknown[]): PyByteArray {
  const [positional, keywords] = splitKwargs(args);
  const [source = keywords.source, encoding = keywords.encoding, errors = keywords.errors] = positional;
  if (typeof source === "string") {
    if (encoding === undefined) throw new TypeError("string argument without an encoding");
    return new PyByteArray(encodeString(source, encoding as string, (errors as string | undefined) ?? "strict").bytes);
  }
  if (encoding !== undefined) throw new TypeError("encoding without a string argument");
  if (errors !== undefined) throw new TypeError("errors without a string argument");
  if (source === undefined) return new PyByteArray();
  if (source instanceof PyBytes) return new PyByteArray(source.bytes);
  const count = asInt(source);
  if (count !== undefined) {
    if (count < 0) throw new ValueError("negative count");
    return new PyByteArray(new Uint8Array(Number(count)));
  }
  if (source === null || typeof source !== "object" || !(Symbol.iterator in source)) {
    throw new TypeError(`cannot convert '${typeName(source)}' object to bytearray`);
  }
  return new PyByteArray(bytesOfInts(source));
}
