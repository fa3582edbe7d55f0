// The standard-library part A tables besides collections, re-exported together so the registry
// needs one import line for them.
export { itertoolsLibrary } from "./itertools.js";
export { functoolsLibrary } from "./functools.js";
export { operatorLibrary } from "./operator.js";
export { jsonLibrary } from "./json.js";
export { stringLibrary } from "./string.js";
export { textwrapLibrary } from "./textwrap.js";
