# API: Value with get_lock() makes += atomic across processes
import multiprocessing


def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


if __name__ == "__main__":
    v = multiprocessing.Value("q", 0)
    procs = [multiprocessing.Process(target=add, args=(v, 250)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(v.value)
