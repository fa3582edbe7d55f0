# API: active_children lists running children and reaps finished ones
import multiprocessing


def wait_for(ev):
    ev.wait()


if __name__ == "__main__":
    ev = multiprocessing.Event()
    print(multiprocessing.active_children())
    procs = [multiprocessing.Process(target=wait_for, args=(ev,), name="w%d" % i) for i in range(2)]
    for p in procs:
        p.start()
    print(sorted(p.name for p in multiprocessing.active_children()))
    ev.set()
    for p in procs:
        p.join()
    print(multiprocessing.active_children())
