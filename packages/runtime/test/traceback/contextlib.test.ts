// contextlib (issue #5) against CPython 3.11's Lib/contextlib.py behaviour.
import { describe, expect, it } from "vitest";
import { KeyError, RuntimeError, ValueError, ZeroDivisionError, enterContext, exitContext, generator } from "../../src/builtins/index.js";
import { ExitStack, closing, contextmanager, nullcontext, redirect_stdout, suppress } from "../../src/contextlib.js";
import { StringIO } from "../../src/io.js";
import { print } from "../../src/builtins/index.js";

// with manager: body → the with statement's protocol, as generated code runs it.
function withStatement(manager: unknown, body: (value: unknown) => void): void {
  const value = enterContext(manager);
  try {
    body(value);
  } catch (error) {
    if (!exitContext(manager, error)) throw error;
    return;
  }
  exitContext(manager);
}

describe("contextlib", () => {
  it("contextmanager: enter, exit and an exception thrown in at the yield", () => {
    const log: string[] = [];
    const tag = contextmanager((name: string) =>
      generator(function* () {
        log.push(`<${name}>`);
        try {
          yield name.toUpperCase();
        } finally {
          log.push(`</${name}>`);
        }
      }),
    ) as (name: string) => unknown;
    withStatement(tag("p"), (value) => log.push(String(value)));
    expect(() => withStatement(tag("div"), () => { throw new KeyError("k"); })).toThrow(KeyError);
    expect(log).toEqual(["<p>", "P", "</p>", "<div>", "</div>"]);
  });

  it("contextmanager: suppression and misuse errors", () => {
    const swallow = contextmanager(() =>
      generator(function* () {
        try {
          yield null;
        } catch {
          // swallowed
        }
      }),
    ) as () => unknown;
    expect(() => withStatement(swallow(), () => { throw new ValueError("v"); })).not.toThrow();
    const empty = contextmanager(() => generator(function* () {})) as () => unknown;
    expect(() => withStatement(empty(), () => {})).toThrow("generator didn't yield");
    const twice = contextmanager(() =>
      generator(function* () {
        yield 1;
        yield 2;
      }),
    ) as () => unknown;
    expect(() => withStatement(twice(), () => {})).toThrow(RuntimeError);
  });

  it("suppress, closing, nullcontext", () => {
    expect(() => withStatement(new suppress(KeyError), () => { throw new KeyError("x"); })).not.toThrow();
    expect(() => withStatement(new suppress(KeyError), () => { throw new ZeroDivisionError("z"); })).toThrow(ZeroDivisionError);
    let closed = false;
    const thing = { close: () => (closed = true) };
    withStatement(new closing(thing), (value) => expect(value).toBe(thing));
    expect(closed).toBe(true);
    withStatement(new nullcontext(42), (value) => expect(value).toBe(42));
  });

  it("ExitStack runs callbacks LIFO and passes the exception along", () => {
    const log: unknown[] = [];
    const stack = new ExitStack();
    withStatement(stack, () => {
      stack.callback((x: unknown) => log.push(x), 1);
      stack.callback((x: unknown) => log.push(x), 2);
      stack.push((_t: unknown, value: unknown) => {
        log.push((value as ValueError).__str__());
        return true;
      });
      throw new ValueError("boom");
    });
    expect(log).toEqual(["boom", 2, 1]);
  });

  it("redirect_stdout sends print to a StringIO", () => {
    const buffer = new StringIO();
    withStatement(new redirect_stdout(buffer), () => print("captured"));
    expect(buffer.getvalue()).toBe("captured\n");
  });
});
