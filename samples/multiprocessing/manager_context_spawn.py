# get_context("spawn").Manager(): a manager whose proxies work in spawned children
import multiprocessing


def record(shared, key):
    shared[key] = key.upper()


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        shared = manager.dict()
        procs = [ctx.Process(target=record, args=(shared, k)) for k in ("x", "y")]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(sorted(shared.items()))
