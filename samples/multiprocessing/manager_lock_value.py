# Manager().Value and Manager().Lock(): increments under the lock are never lost; get()/set() and str() of the proxy
import multiprocessing


def bump(counter, lock, times):
    for _ in range(times):
        with lock:
            counter.value += 1


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        counter = manager.Value("i", 0)
        lock = manager.Lock()
        procs = [multiprocessing.Process(target=bump, args=(counter, lock, 50)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(counter.value)
        counter.set(counter.get() * 2)
        print(counter.get(), counter)
        print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.05))
        lock.release()
        try:
            lock.release()
        except RuntimeError as e:
            print("RuntimeError:", e)
