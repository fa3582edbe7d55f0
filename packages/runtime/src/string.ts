// string: the constants, capwords, Template (./string/template.ts) and a Formatter whose
// format()/vformat() are str.format's.
import { PyDict, PyObject, TypeError, splitKwargs, strFormat, strMethods } from "./builtins/index.js";
import { bind, nameClass } from "./collections/bind.js";

export { Template } from "./string/template.js";

export const whitespace = " \t\n\r\v\f";
export const ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
export const ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const ascii_letters = ascii_lowercase + ascii_uppercase;
export const digits = "0123456789";
export const hexdigits = digits + "abcdef" + "ABCDEF";
export const octdigits = "01234567";
export const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
export const printable = digits + ascii_letters + punctuation + whitespace;

type StrMethod = (s: string, ...args: unknown[]) => unknown;
const method = (name: string) => (strMethods as unknown as Record<string, StrMethod>)[name]!;

// capwords: split, capitalize each word, join with sep (or one space), as Lib/string.py does.
export function capwords(...args: unknown[]): string {
  const [s, sep] = bind("capwords(s, sep=)", args);
  if (typeof s !== "string") throw new TypeError(`descriptor 'split' for 'str' objects doesn't apply to a '${typeof s}' object`);
  const separator = sep === undefined ? null : sep;
  const words = method("split")(s, separator) as unknown[];
  return words.map((w) => method("capitalize")(w as string) as string).join((separator as string | null) ?? " ");
}

export class Formatter extends PyObject {
  format(...args: unknown[]): string {
    const [positional, keywords] = splitKwargs(args);
    if (positional.length === 0) throw new TypeError("Formatter.format() missing 1 required positional argument: 'format_string'");
    return strFormat(positional[0] as string, positional.slice(1), PyDict.fromRecord(keywords));
  }

  vformat(formatString: unknown, args: unknown, kwargs: unknown): string {
    return strFormat(formatString as string, [...(args as Iterable<unknown>)], kwargs);
  }
}
nameClass(Formatter, "Formatter", "string");
