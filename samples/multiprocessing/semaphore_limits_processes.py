# API: Semaphore limiting how many processes are inside a section at once
import multiprocessing


def enter(sem, inside, peak, lock):
    with sem:
        with lock:
            inside.value += 1
            peak.value = max(peak.value, inside.value)
        with lock:
            inside.value -= 1


if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    lock = multiprocessing.Lock()
    inside = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=enter, args=(sem, inside, peak, lock)) for _ in range(5)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(inside.value, peak.value <= 2)
