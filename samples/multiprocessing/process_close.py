# API: Process.close, ValueError on use after close and on a running process
import multiprocessing


def wait_for(event):
    event.wait()


if __name__ == "__main__":
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_for, args=(ev,))
    p.start()
    try:
        p.close()
    except ValueError as e:
        print("ValueError:", e)
    ev.set()
    p.join()
    p.close()
    p.close()
    for attr in ("exitcode", "pid", "is_alive"):
        try:
            value = getattr(p, attr)
            if callable(value):
                value()
        except ValueError as e:
            print(attr, "ValueError:", e)
