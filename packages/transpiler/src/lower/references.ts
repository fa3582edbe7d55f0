// A reference to a resolved symbol → the TS expression that names it, recording the runtime
// import it needs. A Python builtin the runtime lacks is a located diagnostic, never a silent
// NameError; a name bound nowhere raises NameError when (and only when) it is evaluated.

import type { ClassDef, Expr } from "../ast/nodes.js";
import type { Scope } from "../analyze/scopes.js";
import type { PySymbol } from "../analyze/symbols.js";
import { unsupportedName } from "../diagnostics/index.js";
import type { LowerContext } from "./context.js";
import type { TsExpr } from "./ir.js";
import { BUILTINS_MODULE, libraryModule } from "./library/index.js";

/** Every name in CPython 3.11's builtins module, so that one we lack is reported by name. */
const PYTHON_BUILTINS = new Set(
  (
    "BaseExceptionGroup BlockingIOError BytesWarning ConnectionAbortedError ConnectionRefusedError " +
    "ConnectionResetError DeprecationWarning EncodingWarning EnvironmentError ExceptionGroup " +
    "FloatingPointError FutureWarning IOError ImportWarning IndentationError " +
    "PendingDeprecationWarning ResourceWarning RuntimeWarning SyntaxError SyntaxWarning SystemError " +
    "TabError UnicodeTranslateError UnicodeWarning UserWarning Warning aiter anext breakpoint " +
    "classmethod compile copyright credits dir eval exec exit globals help license " +
    "locals memoryview property quit staticmethod super"
  ).split(" "),
);

export function referenceSymbol(ctx: LowerContext, symbol: PySymbol, node: Expr): TsExpr {
  switch (symbol.kind) {
    case "module": {
      const library = libraryModule(symbol.module);
      // The import statement already reported a module py2ts does not provide.
      if (!library) return { kind: "Undefined" };
      const local = node.kind === "Name" ? ctx.names.user(node.id) : ctx.names.fresh(symbol.module.split(".").pop()!);
      return { kind: "Id", name: ctx.imports.namespace(library.runtime, local) };
    }
    case "library": {
      const library = libraryModule(symbol.module)!;
      if (node.kind === "Name") {
        const local = ctx.names.user(node.id);
        ctx.imports.bindNamed(library.runtime, symbol.name, local);
        return { kind: "Id", name: local };
      }
      if (node.kind === "Attribute") {
        const base = ctx.symbols.resolve(node.value, ctx.scope);
        return { kind: "Member", object: referenceSymbol(ctx, base, node.value), name: symbol.name };
      }
      return { kind: "Id", name: ctx.imports.named_(library.runtime, symbol.name) };
    }
    case "function":
      if (symbol.scope.kind === "class") return classScopeMethod(ctx, symbol.scope, symbol.def.name);
      return { kind: "Id", name: ctx.names.user(symbol.def.name) };
    case "class":
      return { kind: "Id", name: ctx.names.user(symbol.def.name) };
    case "variable": {
      if (symbol.scope.kind === "class" && (symbol.scope.bindings.get(symbol.id) ?? []).every((kind) => kind === "def")) {
        return classScopeMethod(ctx, symbol.scope, symbol.id);
      }
      if (ctx.thisReference(symbol.scope, symbol.id) === "this") return { kind: "Id", name: "this" };
      const id: TsExpr = { kind: "Id", name: ctx.names.user(symbol.id) };
      if (node.kind === "Name" && node.ctx === "Load" && symbol.scope === ctx.frame.scope && ctx.frame.plan.unbound?.has(symbol.id)) {
        // x, when x may be unbound here → checkName(x, "x") (checkLocal in a function).
        return ctx.callHelper(symbol.scope.kind === "module" || symbol.scope.kind === "class" ? "checkName" : "checkLocal", id, { kind: "Str", value: symbol.id });
      }
      return id;
    }
    case "builtin":
      return { kind: "Id", name: ctx.imports.named_(BUILTINS_MODULE, symbol.name) };
    case "dunderName":
      return { kind: "Id", name: "__name__" };
    case "dunderFile":
      return ctx.callHelper("moduleFile", { kind: "Member", object: { kind: "ImportMeta" }, name: "url" });
    case "missing":
      ctx.sink.reportIn(ctx.file, unsupportedName(node.span, symbol.module, symbol.name));
      return { kind: "Undefined" };
    case "unknown":
      if (node.kind === "Name") {
        if (PYTHON_BUILTINS.has(node.id)) return ctx.unsupported(node, `the builtin '${node.id}'`);
        return ctx.callHelper("nameError", { kind: "Str", value: node.id });
      }
      return ctx.unsupported(node, "this reference");
    default: {
      const never: never = symbol;
      throw new Error(`internal error: unhandled symbol ${JSON.stringify(never)}`);
    }
  }
}

/** A method's name read in its class body (`__rmul__ = __mul__`): the function the class
 *  holds, found on the prototype (a static or class method on the class itself). */
function classScopeMethod(ctx: LowerContext, scope: Scope, id: string): TsExpr {
  const def = scope.node as ClassDef;
  const cls: TsExpr = { kind: "Id", name: ctx.names.user(def.name) };
  const method = def.body.find((stmt) => stmt.kind === "FunctionDef" && stmt.name === id);
  const isStatic = method?.kind === "FunctionDef" && method.decoratorList.length > 0;
  return { kind: "Member", object: isStatic ? cls : { kind: "Member", object: cls, name: "prototype" }, name: id };
}
