// Our typed Python AST. Kinds and field names follow CPython's `ast` module (Lib/ast.py,
// Parser/Python.asdl) so a reader who knows Python's AST knows this one. Nodes are plain
// readonly objects; facts found later (scopes, symbols, types) live in side tables.
// Every node carries `span`: UTF-16 offsets into the source text; line:col is computed only
// when a diagnostic or a traceback line is needed (see ast/location.ts).

export interface Span {
  readonly start: number;
  readonly end: number;
}

interface NodeBase {
  readonly span: Span;
}

// ---------- module ----------

export interface Module extends NodeBase {
  readonly kind: "Module";
  readonly body: readonly Stmt[];
  /** Comments with their spans, so emit can carry them over. */
  readonly comments: readonly Comment[];
}

export interface Comment {
  readonly span: Span;
  readonly text: string; // without the leading '#'
}

// ---------- statements ----------

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Match
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface Arg extends NodeBase {
  readonly kind: "arg";
  readonly arg: string;
  readonly annotation: Expr | null;
}

/** Parameters as CPython's `arguments`: defaults align with the tail of posonly+args. */
export interface Arguments extends NodeBase {
  readonly kind: "arguments";
  readonly posonlyargs: readonly Arg[];
  readonly args: readonly Arg[];
  readonly vararg: Arg | null;
  readonly kwonlyargs: readonly Arg[];
  /** One per kwonlyarg; null where the kwonly parameter has no default. */
  readonly kwDefaults: readonly (Expr | null)[];
  readonly kwarg: Arg | null;
  readonly defaults: readonly Expr[];
}

export interface FunctionDef extends NodeBase {
  readonly kind: "FunctionDef";
  readonly name: string;
  readonly nameSpan: Span;
  readonly isAsync: boolean;
  readonly args: Arguments;
  readonly body: readonly Stmt[];
  readonly decoratorList: readonly Expr[];
  readonly returns: Expr | null;
  /** The docstring, when the first statement is a string literal. */
  readonly docstring: string | null;
}

export interface ClassDef extends NodeBase {
  readonly kind: "ClassDef";
  readonly name: string;
  readonly nameSpan: Span;
  readonly bases: readonly Expr[];
  readonly keywords: readonly Keyword[];
  readonly body: readonly Stmt[];
  readonly decoratorList: readonly Expr[];
  readonly docstring: string | null;
}

export interface Return extends NodeBase {
  readonly kind: "Return";
  readonly value: Expr | null;
}

export interface Delete extends NodeBase {
  readonly kind: "Delete";
  readonly targets: readonly Expr[];
}

/** `a = b = value`: targets in source order. */
export interface Assign extends NodeBase {
  readonly kind: "Assign";
  readonly targets: readonly Expr[];
  readonly value: Expr;
}

export interface AugAssign extends NodeBase {
  readonly kind: "AugAssign";
  readonly target: Expr;
  readonly op: BinOperator;
  readonly value: Expr;
}

export interface AnnAssign extends NodeBase {
  readonly kind: "AnnAssign";
  readonly target: Expr;
  readonly annotation: Expr;
  readonly value: Expr | null;
}

export interface For extends NodeBase {
  readonly kind: "For";
  readonly isAsync: boolean;
  readonly target: Expr;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

export interface While extends NodeBase {
  readonly kind: "While";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

/** `elif` chains are nested Ifs in `orelse`, as in CPython. */
export interface If extends NodeBase {
  readonly kind: "If";
  readonly test: Expr;
  readonly body: readonly Stmt[];
  readonly orelse: readonly Stmt[];
}

export interface WithItem extends NodeBase {
  readonly kind: "withitem";
  readonly contextExpr: Expr;
  readonly optionalVars: Expr | null;
}

export interface With extends NodeBase {
  readonly kind: "With";
  readonly isAsync: boolean;
  readonly items: readonly WithItem[];
  readonly body: readonly Stmt[];
}

export interface MatchCase extends NodeBase {
  readonly kind: "match_case";
  readonly pattern: Pattern;
  readonly guard: Expr | null;
  readonly body: readonly Stmt[];
}

export interface Match extends NodeBase {
  readonly kind: "Match";
  readonly subject: Expr;
  readonly cases: readonly MatchCase[];
}

export interface Raise extends NodeBase {
  readonly kind: "Raise";
  readonly exc: Expr | null;
  readonly cause: Expr | null;
}

export interface ExceptHandler extends NodeBase {
  readonly kind: "ExceptHandler";
  readonly type: Expr | null;
  readonly name: string | null;
  readonly body: readonly Stmt[];
}

export interface Try extends NodeBase {
  readonly kind: "Try";
  /** `except*` (TryStar in CPython). */
  readonly isStar: boolean;
  readonly body: readonly Stmt[];
  readonly handlers: readonly ExceptHandler[];
  readonly orelse: readonly Stmt[];
  readonly finalbody: readonly Stmt[];
}

export interface Assert extends NodeBase {
  readonly kind: "Assert";
  readonly test: Expr;
  readonly msg: Expr | null;
}

export interface Alias extends NodeBase {
  readonly kind: "alias";
  /** Dotted name as written: `os.path`. `*` for star imports. */
  readonly name: string;
  readonly asname: string | null;
}

export interface Import extends NodeBase {
  readonly kind: "Import";
  readonly names: readonly Alias[];
}

export interface ImportFrom extends NodeBase {
  readonly kind: "ImportFrom";
  /** null for `from . import x`. */
  readonly module: string | null;
  readonly names: readonly Alias[];
  readonly level: number;
}

export interface Global extends NodeBase {
  readonly kind: "Global";
  readonly names: readonly string[];
}

export interface Nonlocal extends NodeBase {
  readonly kind: "Nonlocal";
  readonly names: readonly string[];
}

/** CPython calls this `Expr`; renamed so that `Expr` can name the expression union. */
export interface ExprStmt extends NodeBase {
  readonly kind: "ExprStmt";
  readonly value: Expr;
}

export interface Pass extends NodeBase {
  readonly kind: "Pass";
}
export interface Break extends NodeBase {
  readonly kind: "Break";
}
export interface Continue extends NodeBase {
  readonly kind: "Continue";
}

// ---------- expressions ----------

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export type ExprContext = "Load" | "Store" | "Del";

export type BoolOperator = "And" | "Or";
export type BinOperator =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";
export type UnaryOperator = "Invert" | "Not" | "UAdd" | "USub";
export type CmpOperator = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

export interface BoolOp extends NodeBase {
  readonly kind: "BoolOp";
  readonly op: BoolOperator;
  readonly values: readonly Expr[];
}

export interface NamedExpr extends NodeBase {
  readonly kind: "NamedExpr";
  readonly target: Name;
  readonly value: Expr;
}

export interface BinOp extends NodeBase {
  readonly kind: "BinOp";
  readonly left: Expr;
  readonly op: BinOperator;
  readonly right: Expr;
}

export interface UnaryOp extends NodeBase {
  readonly kind: "UnaryOp";
  readonly op: UnaryOperator;
  readonly operand: Expr;
}

export interface Lambda extends NodeBase {
  readonly kind: "Lambda";
  readonly args: Arguments;
  readonly body: Expr;
}

export interface IfExp extends NodeBase {
  readonly kind: "IfExp";
  readonly test: Expr;
  readonly body: Expr;
  readonly orelse: Expr;
}

/** `{**a, k: v}`: a null key marks a `**` unpacking of the matching value. */
export interface Dict extends NodeBase {
  readonly kind: "Dict";
  readonly keys: readonly (Expr | null)[];
  readonly values: readonly Expr[];
}

/** CPython's `Set`; renamed to keep clear of the JS global. */
export interface SetExpr extends NodeBase {
  readonly kind: "Set";
  readonly elts: readonly Expr[];
}

export interface Comprehension extends NodeBase {
  readonly kind: "comprehension";
  readonly target: Expr;
  readonly iter: Expr;
  readonly ifs: readonly Expr[];
  readonly isAsync: boolean;
}

export interface ListComp extends NodeBase {
  readonly kind: "ListComp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}
export interface SetComp extends NodeBase {
  readonly kind: "SetComp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}
export interface DictComp extends NodeBase {
  readonly kind: "DictComp";
  readonly key: Expr;
  readonly value: Expr;
  readonly generators: readonly Comprehension[];
}
export interface GeneratorExp extends NodeBase {
  readonly kind: "GeneratorExp";
  readonly elt: Expr;
  readonly generators: readonly Comprehension[];
}

export interface Await extends NodeBase {
  readonly kind: "Await";
  readonly value: Expr;
}
export interface Yield extends NodeBase {
  readonly kind: "Yield";
  readonly value: Expr | null;
}
export interface YieldFrom extends NodeBase {
  readonly kind: "YieldFrom";
  readonly value: Expr;
}

/** `a < b <= c`: ops.length === comparators.length. */
export interface Compare extends NodeBase {
  readonly kind: "Compare";
  readonly left: Expr;
  readonly ops: readonly CmpOperator[];
  readonly comparators: readonly Expr[];
}

/** `f(a, *b, k=1, **d)`: `*b` is a Starred in args; `**d` is a Keyword with arg null. */
export interface Keyword extends NodeBase {
  readonly kind: "keyword";
  readonly arg: string | null;
  readonly value: Expr;
}

export interface Call extends NodeBase {
  readonly kind: "Call";
  readonly func: Expr;
  readonly args: readonly Expr[];
  readonly keywords: readonly Keyword[];
}

/** One `{value!conversion:format_spec}` of an f-string; conversion is -1, 's', 'r' or 'a'. */
export interface FormattedValue extends NodeBase {
  readonly kind: "FormattedValue";
  readonly value: Expr;
  readonly conversion: -1 | "s" | "r" | "a";
  /** A JoinedStr (the spec may hold nested fields), or null. */
  readonly formatSpec: JoinedStr | null;
}

/** An f-string; `values` are str Constants and FormattedValues. Implicit concatenation of
 *  plain and f-strings is folded into one JoinedStr, as CPython does. */
export interface JoinedStr extends NodeBase {
  readonly kind: "JoinedStr";
  readonly values: readonly Expr[];
}

export type ConstantValue =
  | { readonly type: "int"; readonly value: bigint }
  | { readonly type: "float"; readonly value: number }
  | { readonly type: "complex"; readonly imag: number }
  | { readonly type: "str"; readonly value: string }
  | { readonly type: "bytes"; readonly value: Uint8Array }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "None" }
  | { readonly type: "Ellipsis" };

export interface Constant extends NodeBase {
  readonly kind: "Constant";
  readonly value: ConstantValue;
}

export interface Attribute extends NodeBase {
  readonly kind: "Attribute";
  readonly value: Expr;
  readonly attr: string;
  readonly ctx: ExprContext;
}

export interface Subscript extends NodeBase {
  readonly kind: "Subscript";
  readonly value: Expr;
  /** A Slice, a Tuple (for `a[1:2, 3]`) or any expression. */
  readonly slice: Expr;
  readonly ctx: ExprContext;
}

export interface Starred extends NodeBase {
  readonly kind: "Starred";
  readonly value: Expr;
  readonly ctx: ExprContext;
}

export interface Name extends NodeBase {
  readonly kind: "Name";
  readonly id: string;
  readonly ctx: ExprContext;
}

export interface List extends NodeBase {
  readonly kind: "List";
  readonly elts: readonly Expr[];
  readonly ctx: ExprContext;
}

export interface Tuple extends NodeBase {
  readonly kind: "Tuple";
  readonly elts: readonly Expr[];
  readonly ctx: ExprContext;
}

export interface Slice extends NodeBase {
  readonly kind: "Slice";
  readonly lower: Expr | null;
  readonly upper: Expr | null;
  readonly step: Expr | null;
}

// ---------- patterns (match statement) ----------

export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

export interface MatchValue extends NodeBase {
  readonly kind: "MatchValue";
  readonly value: Expr;
}
export interface MatchSingleton extends NodeBase {
  readonly kind: "MatchSingleton";
  readonly value: ConstantValue; // bool or None
}
export interface MatchSequence extends NodeBase {
  readonly kind: "MatchSequence";
  readonly patterns: readonly Pattern[];
}
export interface MatchMapping extends NodeBase {
  readonly kind: "MatchMapping";
  readonly keys: readonly Expr[];
  readonly patterns: readonly Pattern[];
  readonly rest: string | null;
}
export interface MatchClass extends NodeBase {
  readonly kind: "MatchClass";
  readonly cls: Expr;
  readonly patterns: readonly Pattern[];
  readonly kwdAttrs: readonly string[];
  readonly kwdPatterns: readonly Pattern[];
}
export interface MatchStar extends NodeBase {
  readonly kind: "MatchStar";
  readonly name: string | null;
}
/** `case x`, `case _` (pattern and name null), `case [1, 2] as y`. */
export interface MatchAs extends NodeBase {
  readonly kind: "MatchAs";
  readonly pattern: Pattern | null;
  readonly name: string | null;
}
export interface MatchOr extends NodeBase {
  readonly kind: "MatchOr";
  readonly patterns: readonly Pattern[];
}

export type Node =
  | Module
  | Stmt
  | Expr
  | Pattern
  | Arg
  | Arguments
  | Keyword
  | Alias
  | WithItem
  | ExceptHandler
  | MatchCase
  | Comprehension;

export function assertNever(value: never, what = "node"): never {
  throw new Error(`internal error: unhandled ${what}: ${JSON.stringify(value)}`);
}
