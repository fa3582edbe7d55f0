# API: get_context('spawn') / get_context('fork') objects create processes with that method
import multiprocessing

value = "initial"


def show(tag):
    print(tag, "child sees", value)


if __name__ == "__main__":
    value = "changed"
    for method in ("fork", "spawn"):
        ctx = multiprocessing.get_context(method)
        print(ctx.get_start_method())
        p = ctx.Process(target=show, args=(method,))
        p.start()
        p.join()
    try:
        multiprocessing.get_context("nope")
    except ValueError as e:
        print("ValueError:", e)
