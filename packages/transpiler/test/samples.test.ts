// Every sample under samples/ is a snapshot test and a differential test against python3
// (docs/ARCHITECTURE.md, Tests; how to add one: samples/README.md).

import { transpile } from "../src/index.js";
import { defineSampleTests } from "./harness/suite.js";

defineSampleTests({ transpile });
