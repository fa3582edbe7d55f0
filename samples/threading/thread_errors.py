# RuntimeErrors of misused threads and locks, with CPython's messages (API: Thread.start/join, Lock.release)
import threading


def noop():
    pass


if __name__ == "__main__":
    t = threading.Thread(target=noop)
    try:
        t.join()
    except RuntimeError as e:
        print(e)
    t.start()
    t.join()
    for action in ("start", "daemon"):
        try:
            if action == "start":
                t.start()
            else:
                t.daemon = True
        except RuntimeError as e:
            print(e)
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print(e)
    try:
        threading.Lock().release()
    except RuntimeError as e:
        print(e)
    try:
        threading.Lock().acquire(False, 1)
    except ValueError as e:
        print(e)
    try:
        threading.Lock().acquire(True, -5)
    except ValueError as e:
        print(e)
