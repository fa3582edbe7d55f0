// collections, as the runtime provides it (packages/runtime/src/collections.ts).

import type { LibraryModule, MethodInfo } from "./types.js";

const DICT_METHODS = ["get", "setdefault", "pop", "popitem", "update", "copy", "clear", "keys", "values", "items"];

function methods(names: readonly string[]): Record<string, MethodInfo> {
  return Object.fromEntries(names.map((name) => [name, {}]));
}

export const collectionsLibrary: LibraryModule = {
  python: "collections",
  runtime: "@py2ts/runtime/collections",
  members: {
    Counter: { kind: "class", qualname: "collections.Counter" },
    defaultdict: { kind: "class", qualname: "collections.defaultdict" },
    deque: { kind: "class", qualname: "collections.deque" },
    OrderedDict: { kind: "class", qualname: "collections.OrderedDict" },
    ChainMap: { kind: "class", qualname: "collections.ChainMap" },
    namedtuple: { kind: "function" },
  },
  classes: {
    "collections.Counter": { methods: methods([...DICT_METHODS, "most_common", "elements", "subtract", "total"]) },
    "collections.defaultdict": { methods: methods(DICT_METHODS) },
    "collections.OrderedDict": { methods: methods([...DICT_METHODS, "move_to_end"]) },
    "collections.ChainMap": { methods: methods(["get", "keys", "values", "items", "new_child", "pop"]) },
    "collections.deque": {
      methods: methods([
        "append", "appendleft", "pop", "popleft", "extend", "extendleft", "rotate", "clear", "copy", "count",
        "index", "insert", "remove", "reverse",
      ]),
    },
  },
};
