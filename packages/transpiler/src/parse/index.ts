// The parser front end: Python source → ast/nodes.ts, syntax diagnostics into the sink.
export { parseModule } from "./parser.js";
