// Python's argparse module (CPython 3.11's Lib/argparse.py): parsing, help and usage text, and
// errors that print usage to stderr and exit with status 2.
export {
  Namespace, ArgumentError, ArgumentTypeError, SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER,
} from "./argparse/action.js";
export { ArgumentParser } from "./argparse/parser.js";
