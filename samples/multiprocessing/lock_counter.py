# API: Lock protecting a shared Value incremented by several processes
import multiprocessing


def add(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0, lock=False)
    lock = multiprocessing.Lock()
    procs = [multiprocessing.Process(target=add, args=(counter, lock, 200)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value)
