# API: get_context("forkserver"): ForkServerProcess, ForkServerPoolWorker-N, get_start_method() in the child
import multiprocessing as mp


def show():
    print(mp.current_process().name, mp.get_start_method(), flush=True)


def where(x):
    return x, mp.current_process().name.rstrip("0123456789"), mp.get_start_method()


if __name__ == "__main__":
    ctx = mp.get_context("forkserver")
    p = ctx.Process(target=show)
    print(type(p).__name__, p.name)
    p.start()
    p.join()
    with ctx.Pool(2) as pool:
        print(pool.map(where, [1, 2]))
    print(mp.get_start_method(), ctx.get_start_method())
