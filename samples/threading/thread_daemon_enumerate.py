# Daemon flag inheritance, is_alive around a run, active_count and enumerate (API: Thread.daemon, enumerate)
import threading

gate = threading.Event()


def inner_check(out):
    out.append(threading.Thread(target=print).daemon)


def waiter():
    gate.wait()


if __name__ == "__main__":
    t = threading.Thread(target=waiter, name="w1")
    d = threading.Thread(target=waiter, name="d1", daemon=True)
    print(t.daemon, d.daemon, t.is_alive())
    t.start()
    d.start()
    print(t.is_alive(), threading.active_count())
    print([th.name for th in threading.enumerate()])
    gate.set()
    t.join()
    d.join()
    print(t.is_alive(), threading.active_count())
    out = []
    inner = threading.Thread(target=inner_check, args=(out,), daemon=True)
    inner.start()
    inner.join()
    print(out)
