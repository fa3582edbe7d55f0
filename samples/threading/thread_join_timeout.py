# join(timeout) returns while the thread still runs; is_alive tells (API: Thread.join(timeout), is_alive)
import threading

release = threading.Event()


def held():
    release.wait()
    print("released")


if __name__ == "__main__":
    t = threading.Thread(target=held)
    t.start()
    t.join(timeout=0.05)
    print("after timeout", t.is_alive())
    release.set()
    t.join()
    print("after join", t.is_alive())
