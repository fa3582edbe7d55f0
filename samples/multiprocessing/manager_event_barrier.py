# Manager().Event() and Manager().Barrier(): children wait at a barrier, then for the parent's event
import multiprocessing


def runner(barrier, event, done):
    barrier.wait()
    event.wait()
    done.append(1)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        barrier = manager.Barrier(4)
        event = manager.Event()
        done = manager.list()
        procs = [multiprocessing.Process(target=runner, args=(barrier, event, done)) for _ in range(3)]
        for p in procs:
            p.start()
        print("parties", barrier.parties)
        barrier.wait()
        print("all at the barrier", event.is_set(), len(done))
        event.set()
        for p in procs:
            p.join()
        print("done", len(done), event.is_set(), barrier.broken, barrier.n_waiting)
        event.clear()
        print(event.is_set(), event.wait(0.05))
