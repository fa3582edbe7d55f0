// argparse, as the runtime provides it (@py2ts/runtime/argparse). Nothing here blocks; errors
// raise SystemExit(2) after printing usage to stderr, as CPython does.

import type { ClassInfo, LibraryModule, MemberInfo } from "./types.js";

const methods = (names: readonly string[]): ClassInfo["methods"] =>
  Object.fromEntries(names.map((name) => [name, {}]));

const VALUES = ["SUPPRESS", "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "PARSER", "REMAINDER"];

export const argparseLibrary: LibraryModule = {
  python: "argparse",
  runtime: "@py2ts/runtime/argparse",
  members: {
    ...Object.fromEntries(VALUES.map((name): [string, MemberInfo] => [name, { kind: "value" }])),
    ArgumentParser: { kind: "class", qualname: "argparse.ArgumentParser" },
    Namespace: { kind: "class", qualname: "argparse.Namespace" },
    ArgumentError: { kind: "exception" },
    ArgumentTypeError: { kind: "exception" },
  },
  classes: {
    "argparse.ArgumentParser": {
      methods: {
        ...methods([
          "add_argument", "add_argument_group", "add_mutually_exclusive_group", "set_defaults", "get_default",
          "parse_args", "parse_known_args", "format_usage", "format_help", "print_usage", "print_help", "exit", "error",
        ]),
        add_subparsers: { returns: "argparse._SubParsersAction" },
      },
    },
    "argparse._SubParsersAction": { methods: { add_parser: { returns: "argparse.ArgumentParser" } } },
    "argparse.Namespace": { methods: {} },
  },
};
