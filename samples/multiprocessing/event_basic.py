# API: Event set/clear/is_set/wait(timeout) return values
import multiprocessing


def setter(ev):
    ev.set()


if __name__ == "__main__":
    ev = multiprocessing.Event()
    print(ev.is_set(), ev.wait(0.05))
    p = multiprocessing.Process(target=setter, args=(ev,))
    p.start()
    print(ev.wait(10))
    p.join()
    print(ev.is_set(), ev.wait())
    ev.clear()
    print(ev.is_set(), ev.wait(0))
