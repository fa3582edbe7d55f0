// The small TypeScript IR that lowering produces and emit/ turns into text with ts-morph.
// It names only what generated programs use; nodes are plain readonly objects with a `kind`.

export type TsType =
  | { readonly kind: "TypeRef"; readonly name: string; readonly args?: readonly TsType[] }
  | { readonly kind: "UnionType"; readonly types: readonly TsType[] }
  | { readonly kind: "ArrayType"; readonly element: TsType };

export interface Param {
  readonly name: string;
  readonly type?: TsType;
  readonly init?: TsExpr;
  readonly rest?: boolean;
  /** `x?: T`: an override may take more parameters than the method it overrides. */
  readonly optional?: boolean;
}

export type TsExpr =
  | { readonly kind: "Id"; readonly name: string }
  | { readonly kind: "Num"; readonly value: number }
  | { readonly kind: "BigInt"; readonly value: bigint }
  | { readonly kind: "Str"; readonly value: string }
  | { readonly kind: "Bool"; readonly value: boolean }
  | { readonly kind: "Null" }
  | { readonly kind: "Undefined" }
  | { readonly kind: "Template"; readonly head: string; readonly spans: readonly { readonly expr: TsExpr; readonly text: string }[] }
  | { readonly kind: "ArrayLit"; readonly elements: readonly TsExpr[] }
  | { readonly kind: "ObjectLit"; readonly props: readonly { readonly key: string; readonly value: TsExpr }[] }
  | { readonly kind: "Call"; readonly callee: TsExpr; readonly args: readonly TsExpr[] }
  | { readonly kind: "New"; readonly callee: TsExpr; readonly args: readonly TsExpr[] }
  | { readonly kind: "Member"; readonly object: TsExpr; readonly name: string }
  | { readonly kind: "Index"; readonly object: TsExpr; readonly index: TsExpr }
  | { readonly kind: "Binary"; readonly op: BinaryOp; readonly left: TsExpr; readonly right: TsExpr }
  | { readonly kind: "Unary"; readonly op: "!" | "-" | "+" | "~" | "typeof"; readonly operand: TsExpr }
  | { readonly kind: "Update"; readonly op: "++" | "--"; readonly operand: TsExpr }
  | { readonly kind: "Assign"; readonly op: "=" | "+=" | "-="; readonly target: TsExpr; readonly value: TsExpr }
  | { readonly kind: "Cond"; readonly test: TsExpr; readonly then: TsExpr; readonly else: TsExpr }
  | { readonly kind: "Arrow"; readonly params: readonly Param[]; readonly body: TsExpr | readonly TsStmt[]; readonly async: boolean }
  | {
      readonly kind: "FunctionExpr";
      readonly name?: string;
      readonly params: readonly Param[];
      readonly returnType?: TsType;
      readonly body: readonly TsStmt[];
      readonly async: boolean;
      readonly generator: boolean;
    }
  | { readonly kind: "Await"; readonly value: TsExpr }
  | { readonly kind: "Yield"; readonly value: TsExpr | null; readonly delegate: boolean }
  | { readonly kind: "Spread"; readonly value: TsExpr }
  | { readonly kind: "ArrayPattern"; readonly elements: readonly (TsExpr | null)[] }
  | { readonly kind: "Comma"; readonly exprs: readonly TsExpr[] }
  | { readonly kind: "ImportMeta" };

export type BinaryOp =
  | "==="
  | "!=="
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "&&"
  | "||"
  | "??"
  | "+"
  | "-"
  | "*"
  | "/"
  | "%"
  | "instanceof";

export type ClassMember =
  | {
      readonly kind: "Method";
      readonly name: string;
      readonly params: readonly Param[];
      readonly body: readonly TsStmt[];
      readonly async: boolean;
      readonly generator: boolean;
      readonly static: boolean;
      readonly accessor?: "get" | "set";
      readonly doc?: string;
      readonly returnType?: TsType;
    }
  | { readonly kind: "Field"; readonly name: string; readonly static: boolean; readonly declare: boolean; readonly type?: TsType; readonly init?: TsExpr }
  /** `static { … }`: a class body's statements, run once when the class is defined. */
  | { readonly kind: "StaticBlock"; readonly body: readonly TsStmt[] };

export interface CatchClause {
  readonly name: string;
  readonly body: readonly TsStmt[];
}

export type TsStmt =
  | { readonly kind: "ExprStmt"; readonly expr: TsExpr }
  | {
      readonly kind: "VarDecl";
      readonly declKind: "let" | "const";
      readonly target: string | TsExpr;
      readonly type?: TsType;
      readonly init?: TsExpr;
      readonly exported?: boolean;
    }
  | { readonly kind: "If"; readonly test: TsExpr; readonly then: readonly TsStmt[]; readonly else?: readonly TsStmt[] }
  | { readonly kind: "While"; readonly test: TsExpr; readonly body: readonly TsStmt[]; readonly label?: string }
  | {
      readonly kind: "For";
      readonly init: TsStmt | null;
      readonly test: TsExpr | null;
      readonly update: TsExpr | null;
      readonly body: readonly TsStmt[];
      readonly label?: string;
    }
  | {
      readonly kind: "ForOf";
      /** `const x` / `let x` when declKind is set, else an existing target expression. */
      readonly declKind?: "let" | "const";
      readonly target: string | TsExpr;
      readonly iterable: TsExpr;
      readonly body: readonly TsStmt[];
      readonly label?: string;
      readonly await?: boolean;
    }
  | { readonly kind: "Return"; readonly value?: TsExpr }
  | { readonly kind: "Break"; readonly label?: string }
  | { readonly kind: "Continue"; readonly label?: string }
  | { readonly kind: "Throw"; readonly value: TsExpr }
  | { readonly kind: "Try"; readonly body: readonly TsStmt[]; readonly handler?: CatchClause; readonly finalizer?: readonly TsStmt[] }
  | { readonly kind: "Block"; readonly body: readonly TsStmt[] }
  | { readonly kind: "Labeled"; readonly label: string; readonly body: readonly TsStmt[] }
  | {
      readonly kind: "Function";
      readonly name: string;
      readonly params: readonly Param[];
      readonly returnType?: TsType;
      readonly body: readonly TsStmt[];
      readonly async: boolean;
      readonly generator: boolean;
      readonly exported: boolean;
      /** JSDoc text (a Python docstring), without comment markers. */
      readonly doc?: string;
    }
  | {
      readonly kind: "Class";
      readonly name: string;
      readonly extends: TsExpr | null;
      readonly members: readonly ClassMember[];
      readonly exported: boolean;
      readonly doc?: string;
    }
  | { readonly kind: "Comment"; readonly text: string };

/** The Python line each lowered statement came from: emit/ marks the statement with it and
 *  format/ turns the marks into the module's line table, which tracebacks read. */
export const pythonLines = new WeakMap<TsStmt, number>();
