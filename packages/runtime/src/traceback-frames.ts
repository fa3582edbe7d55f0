// The `File "…", line N, in name` part of a traceback, from the JS stack of the exception.
// Generated modules end with a line table (`//# py2ts-lines=…`, written by the transpiler's
// format/lines.ts) from their own lines to the Python lines they came from; frames in the
// runtime are left out, as CPython leaves out C frames. What is not reproduced: CPython's
// `^^^^` markers under the failing expression (our table has lines, not columns).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TRAILER_PREFIX = "//# py2ts-lines=";
// Deep enough for most tracebacks; each captured frame costs time at every raise.
const STACK_LIMIT = 64;
if (Error.stackTraceLimit < STACK_LIMIT) Error.stackTraceLimit = STACK_LIMIT;

interface ModuleLines {
  readonly pyFile: string;
  pairs?: readonly (readonly [number, number])[] | null;
  source?: readonly string[] | null;
}

const modules = new Map<string, ModuleLines>();

/** Called by enterModule for every generated module: its URL and the .py file it came from. */
export function registerTracebackModule(moduleUrl: string, pyFile: string): void {
  if (!modules.has(moduleUrl)) modules.set(moduleUrl, { pyFile });
}

function pairsOf(url: string, entry: ModuleLines): readonly (readonly [number, number])[] | null {
  if (entry.pairs !== undefined) return entry.pairs;
  try {
    const text = readFileSync(fileURLToPath(url), "utf8");
    const at = text.lastIndexOf(TRAILER_PREFIX);
    const body = at < 0 ? "" : text.slice(at + TRAILER_PREFIX.length).split("\n")[0]!.trim();
    entry.pairs = at < 0 || body === "" ? null : body.split(",").map((pair) => pair.split(":").map(Number) as [number, number]);
  } catch {
    entry.pairs = null;
  }
  return entry.pairs;
}

function sourceLine(entry: ModuleLines, line: number): string | null {
  if (entry.source === undefined) {
    try {
      entry.source = readFileSync(entry.pyFile, "utf8").split(/\r\n|\r|\n/);
    } catch {
      entry.source = null;
    }
  }
  return entry.source?.[line - 1]?.trim() || null;
}

const FRAME = /^\s*at (?:async )?(?:(.*?) \()?(file:\/\/[^\s)]+?):(\d+):\d+\)?$/;

interface Frame {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly text: string | null;
}

/** An unnamed function that is not the module body is a lambda or a comprehension, which
 *  CPython names after what the line shows. */
function anonymousName(text: string | null): string {
  if (text === null) return "<lambda>";
  if (/\blambda\b/.test(text)) return "<lambda>";
  if (/\[[^\]]*\bfor\b/.test(text)) return "<listcomp>";
  if (/\{[^}]*\bfor\b/.test(text)) return /\{[^}:]*:[^}]*\bfor\b/.test(text) ? "<dictcomp>" : "<setcomp>";
  return "<genexpr>";
}

/** `boundary`: the name of the runtime function that started this thread of execution (a
 *  Python thread's bootstrap); frames outside it belong to whoever called start(). */
function framesOf(error: unknown, boundary?: string): Frame[] {
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
  const raw: { url: string; jsLine: number; name: string | null }[] = [];
  const start = boundary === undefined ? null : new RegExp(`^\\s*at (?:async )?${boundary.replace(/\./g, "\\.")} `);
  for (const text of stack.split("\n")) {
    if (start?.test(text)) break;
    const match = FRAME.exec(text);
    if (!match || !modules.has(match[2]!)) continue;
    const name = match[1] ?? null;
    if (name !== null && name.startsWith("new ")) continue;
    raw.push({ url: match[2]!, jsLine: Number(match[3]), name });
  }
  const frames: Frame[] = [];
  raw.reverse().forEach((frame, index) => {
    const entry = modules.get(frame.url)!;
    const pairs = pairsOf(frame.url, entry);
    if (pairs === null) return;
    let line = 0;
    for (const [generated, python] of pairs) {
      if (generated > frame.jsLine) break;
      line = python;
    }
    if (line === 0) return;
    const text = sourceLine(entry, line);
    const bare = frame.name?.slice(frame.name.lastIndexOf(".") + 1) ?? null;
    const name = bare === null || bare === "" || bare === "<anonymous>" ? (index === 0 ? "<module>" : anonymousName(text)) : bare;
    frames.push({ file: entry.pyFile, line, name, text });
  });
  return frames;
}

function sameFrame(a: Frame, b: Frame): boolean {
  return a.file === b.file && a.line === b.line && a.name === b.name;
}

/** The frame lines of a traceback, outermost first, with CPython's folding of a line repeated
 *  more than three times ("[Previous line repeated N more times]"). */
/** `handledBy`: the exception raised while this one was being handled (it names this one as
 *  its cause or context). This one's traceback then stops at the frame that caught it: JS
 *  stacks run from the top, so the frames it shares with the later one are left out. */
export function formatFrames(error: unknown, handledBy?: unknown, boundary?: string): string {
  let frames = framesOf(error, boundary);
  if (handledBy !== undefined) {
    const later = framesOf(handledBy);
    let common = 0;
    while (common < frames.length - 1 && common < later.length && sameFrame(frames[common]!, later[common]!)) common++;
    frames = frames.slice(common);
  }
  let out = "";
  let previous: Frame | null = null;
  let repeats = 0;
  const flushRepeats = (): void => {
    if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? "" : "s"}]\n`;
  };
  for (const frame of frames) {
    const same = previous !== null && sameFrame(previous, frame);
    repeats = same ? repeats + 1 : (flushRepeats(), 1);
    previous = frame;
    if (repeats > 3) continue;
    out += `  File "${frame.file}", line ${frame.line}, in ${frame.name}\n`;
    if (frame.text !== null) out += `    ${frame.text}\n`;
  }
  flushRepeats();
  return out;
}
