// The shape of a library table: what the transpiler knows of one Python module that the
// runtime provides. Lowering looks names up here by resolved symbol, never by raw spelling.

export interface MethodInfo {
  /** Calls can block (become `await`). */
  readonly blocking?: boolean;
  /** Qualified name of the class a call returns, when it is a runtime class. */
  readonly returns?: string;
}

export interface ClassInfo {
  readonly methods: Readonly<Record<string, MethodInfo>>;
  /** `with x:` on an instance blocks on entry (a lock, a pool…). */
  readonly blockingEnter?: boolean;
  /** `with X() as v` binds v to the instance itself. */
  readonly enterReturnsSelf?: boolean;
  /** Attributes whose values are runtime objects of a known class (Popen.stdout → a pipe). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Iterating an instance yields promises: `for x in it` becomes `for await`. */
  readonly asyncIterable?: boolean;
}

export type MemberInfo =
  | {
      readonly kind: "function";
      readonly blocking?: boolean;
      readonly returns?: string;
      /** A tuple of runtime objects of this class (`a, b = Pipe()`). */
      readonly returnsTupleOf?: string;
    }
  | { readonly kind: "class"; readonly qualname: string }
  | { readonly kind: "exception" }
  | { readonly kind: "value" };

export interface LibraryModule {
  /** The Python module name, e.g. "multiprocessing". */
  readonly python: string;
  /** The runtime export path, e.g. "@py2ts/runtime/multiprocessing". */
  readonly runtime: string;
  readonly members: Readonly<Record<string, MemberInfo>>;
  /** Runtime classes defined by this module, by qualified name. */
  readonly classes?: Readonly<Record<string, ClassInfo>>;
}
