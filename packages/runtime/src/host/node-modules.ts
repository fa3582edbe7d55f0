// Node built-in modules that only some programs need, loaded on first use. Importing them
// statically made every program, and every worker that runs a Python process, load and compile
// node:crypto (about 20 internal modules), node:v8 and node:tty (with node:net) before the first
// line ran.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let crypto: typeof import("node:crypto") | undefined;
let v8: typeof import("node:v8") | undefined;
let tty: typeof import("node:tty") | undefined;

export function nodeCrypto(): typeof import("node:crypto") {
  return (crypto ??= require("node:crypto") as typeof import("node:crypto"));
}

export function nodeV8(): typeof import("node:v8") {
  return (v8 ??= require("node:v8") as typeof import("node:v8"));
}

export function nodeTty(): typeof import("node:tty") {
  return (tty ??= require("node:tty") as typeof import("node:tty"));
}
