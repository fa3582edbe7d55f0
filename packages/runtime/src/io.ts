// Python's io module as far as py2ts goes: open(), the file classes it returns, StringIO.
export { open } from "./io/open.js";
export { BufferedFile, BufferedReader, BufferedWriter, BufferedRandom } from "./io/buffered.js";
export { TextIOWrapper } from "./io/text.js";
export { StringIO } from "./io/stringio.js";
export { UnsupportedOperation } from "./io/errors.js";
export { flushPendingWrites } from "./io/pending.js";
