# API: Process.join(timeout) returns while the child still runs; is_alive, exitcode None
import multiprocessing


def wait_for(event):
    event.wait()


if __name__ == "__main__":
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_for, args=(ev,))
    p.start()
    p.join(0.1)
    print(p.is_alive(), p.exitcode)
    ev.set()
    p.join()
    print(p.is_alive(), p.exitcode)
