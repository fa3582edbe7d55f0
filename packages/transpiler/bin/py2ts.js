#!/usr/bin/env node
// The py2ts command: runs the compiled CLI.
import { main } from "../dist/cli/main.js";

process.exitCode = await main();
