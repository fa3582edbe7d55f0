// Python line numbers for tracebacks. emit/ marks each statement with the Python line it came
// from (`/*@py12*/`); after prettier has laid the code out, the marks are removed and become
// one trailer comment, `//# py2ts-lines=3:1,5:2,…` (generated line:Python line, for each line
// where the Python line changes; lines in between belong to the last one listed). The runtime
// reads the trailer of the module it is running when it prints a traceback; run/compile.ts
// rewrites it for the compiled JavaScript's lines.

const MARK = /\/\*@py(\d+)\*\/ ?/g;
export const TRAILER_PREFIX = "//# py2ts-lines=";

export type LinePairs = readonly (readonly [generated: number, python: number])[];

/** Removes the marks, returning the clean code and the (generated line, Python line) pairs. */
export function takeLineMarks(code: string): { readonly code: string; readonly pairs: LinePairs } {
  const pairs: [number, number][] = [];
  const kept: string[] = [];
  let pending: number | undefined;
  for (const text of code.split("\n")) {
    let first: number | undefined;
    const clean = text.replace(MARK, (_mark, line: string) => {
      first ??= Number(line);
      return "";
    });
    // A mark alone on its line belongs to the statement on the next line.
    if (first !== undefined && clean.trim() === "") {
      pending ??= first;
      continue;
    }
    const line = pending ?? first;
    pending = undefined;
    kept.push(first === undefined ? text : clean.trimEnd());
    if (line !== undefined && pairs[pairs.length - 1]?.[1] !== line) pairs.push([kept.length, line]);
  }
  return { code: kept.join("\n"), pairs };
}

export function lineTrailer(pairs: LinePairs): string {
  return `${TRAILER_PREFIX}${pairs.map(([generated, python]) => `${generated}:${python}`).join(",")}`;
}

export function parseLineTrailer(code: string): LinePairs | null {
  const at = code.lastIndexOf(TRAILER_PREFIX);
  if (at < 0) return null;
  const text = code.slice(at + TRAILER_PREFIX.length).split("\n")[0]!.trim();
  if (text === "") return [];
  return text.split(",").map((pair) => pair.split(":").map(Number) as [number, number]);
}
