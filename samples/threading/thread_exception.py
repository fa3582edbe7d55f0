# An exception in a thread is reported on stderr and does not stop the main thread (API: threading.excepthook)
import threading


def boom():
    raise ValueError("thread failed")


if __name__ == "__main__":
    t = threading.Thread(target=boom, name="bad")
    t.start()
    t.join()
    print("main continues", t.is_alive())
