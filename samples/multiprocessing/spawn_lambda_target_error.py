# API: a lambda or nested def as a spawn Process target fails to pickle in the parent, as CPython's spawn does
import multiprocessing


def outer(ctx):
    def inner():
        print("never")
    p = ctx.Process(target=inner)
    try:
        p.start()
    except Exception as e:
        print(type(e).__name__, e)
    p = ctx.Process(target=lambda: print("never"))
    try:
        p.start()
    except Exception as e:
        print(type(e).__name__, e)


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=lambda: print("never"))
    try:
        p.start()
    except Exception as e:
        text = str(e)
        print(type(e).__name__, text.startswith("Can't pickle <function <lambda> at 0x"), text[text.index(">:"):])
    outer(ctx)
    print("done")
