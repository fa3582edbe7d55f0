// Node built-in modules that only some programs need, loaded on first use. Importing them
// statically made every program, and every worker that runs a Python process, load and compile
// node:crypto (about 20 internal modules), node:v8 and node:tty (with node:net) before the first
// line ran; multiprocessing.connection's sockets (node:net, node:crypto) are loaded by its
// Listener/Client only.
import { createRequire } from "node:module";

// Made on first use too: createRequire itself costs a few milliseconds at start-up.
let nodeRequire: NodeJS.Require | undefined;
const load = (id: string): unknown => (nodeRequire ??= createRequire(import.meta.url))(id);

let crypto: typeof import("node:crypto") | undefined;
let v8: typeof import("node:v8") | undefined;
let tty: typeof import("node:tty") | undefined;
let net: typeof import("node:net") | undefined;

export function nodeCrypto(): typeof import("node:crypto") {
  return (crypto ??= load("node:crypto") as typeof import("node:crypto"));
}

export function nodeV8(): typeof import("node:v8") {
  return (v8 ??= load("node:v8") as typeof import("node:v8"));
}

export function nodeTty(): typeof import("node:tty") {
  return (tty ??= load("node:tty") as typeof import("node:tty"));
}

export function nodeNet(): typeof import("node:net") {
  return (net ??= load("node:net") as typeof import("node:net"));
}
