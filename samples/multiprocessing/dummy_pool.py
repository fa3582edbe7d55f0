# API: multiprocessing.dummy.Pool (a thread pool) with initializer
from multiprocessing.dummy import Pool as ThreadPool

state = {}


def init(tag):
    state["tag"] = tag


def tagged(x):
    return "%s-%d" % (state["tag"], x)


if __name__ == "__main__":
    pool = ThreadPool(4, init, ("t",))
    print(pool.map(tagged, range(5)))
    r = pool.map_async(tagged, [9], callback=print)
    r.wait()
    pool.close()
    pool.join()
