// The public face of the exception hierarchy; marks every builtin class as living in the
// `builtins` module so tracebacks print `ValueError`, not `__main__.ValueError`.
import { markBuiltinClasses } from "./classname.js";
import * as classes from "./exception-classes.js";
import * as oserrors from "./oserror.js";
import * as unicode from "./unicode-errors.js";

export * from "./exception-classes.js";
export * from "./oserror.js";
export * from "./unicode-errors.js";
export { toPyException, formatExceptionOnly, exceptionTypeName } from "./exception-format.js";
export { enterExcept, leaveExcept, chainContext, reraise, handledException, whileHandling } from "./exception-state.js";
export { pyClassName, pyClassModule, pyClassQualname } from "./classname.js";

markBuiltinClasses([...Object.values(classes), ...Object.values(oserrors), ...Object.values(unicode)].filter((v) => typeof v === "function"));
