# API: Barrier(parties) wait across processes; return values are distinct indices
import multiprocessing


def arrive(barrier, out):
    out.put(barrier.wait())


if __name__ == "__main__":
    barrier = multiprocessing.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    out = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=arrive, args=(barrier, out)) for _ in range(2)]
    for p in procs:
        p.start()
    mine = barrier.wait()
    indices = sorted([out.get() for _ in procs] + [mine])
    for p in procs:
        p.join()
    print(indices)
