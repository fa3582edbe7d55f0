// Python's io module as far as py2ts goes: open() and the file classes it returns.
export { open } from "./io/open.js";
export { BufferedFile, BufferedReader, BufferedWriter, BufferedRandom } from "./io/buffered.js";
export { TextIOWrapper } from "./io/text.js";
export { UnsupportedOperation } from "./io/errors.js";
export { flushPendingWrites } from "./io/pending.js";
