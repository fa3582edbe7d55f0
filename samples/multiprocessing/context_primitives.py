# API: a context's Queue, Lock, Value and Pool work with its processes
import multiprocessing


def work(q, v, lock):
    with lock:
        v.value += 5
    q.put("done")


def double(x):
    return 2 * x


if __name__ == "__main__":
    ctx = multiprocessing.get_context("spawn")
    q, v, lock = ctx.Queue(), ctx.Value("i", 1), ctx.Lock()
    p = ctx.Process(target=work, args=(q, v, lock))
    p.start()
    print(q.get())
    p.join()
    print(v.value)
    with ctx.Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))
