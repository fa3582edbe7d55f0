// re's flag values (CPython's RegexFlag numbers) and their names for Pattern's repr.
export const TEMPLATE = 1;
export const IGNORECASE = 2;
export const LOCALE = 4;
export const MULTILINE = 8;
export const DOTALL = 16;
export const UNICODE = 32;
export const VERBOSE = 64;
export const DEBUG = 128;
export const ASCII = 256;
export const NOFLAG = 0;

const NAMES: readonly [number, string][] = [
  [TEMPLATE, "TEMPLATE"], [IGNORECASE, "IGNORECASE"], [LOCALE, "LOCALE"], [MULTILINE, "MULTILINE"],
  [DOTALL, "DOTALL"], [UNICODE, "UNICODE"], [VERBOSE, "VERBOSE"], [DEBUG, "DEBUG"], [ASCII, "ASCII"],
];

/** Every name re gives a flag, the one-letter aliases included (re.I is re.IGNORECASE). */
export const FLAG_BY_NAME: Readonly<Record<string, number>> = {
  ...Object.fromEntries(NAMES.map(([bit, name]) => [name, bit])),
  NOFLAG, A: ASCII, I: IGNORECASE, L: LOCALE, M: MULTILINE, S: DOTALL, T: TEMPLATE, U: UNICODE, X: VERBOSE,
};

/** "re.IGNORECASE|re.MULTILINE", as repr(RegexFlag) joins member names. */
export function flagsRepr(flags: number): string {
  const parts = NAMES.filter(([bit]) => flags & bit).map(([, name]) => `re.${name}`);
  const rest = flags & ~NAMES.reduce((acc, [bit]) => acc | bit, 0);
  if (rest) parts.push(`0x${rest.toString(16)}`);
  return parts.join("|");
}
