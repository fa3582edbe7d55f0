# The program's end waits for non-daemon threads that were never joined (API: threading._shutdown)
import threading

go = threading.Event()


def late():
    go.wait()
    print("worker finishes after main")


if __name__ == "__main__":
    threading.Thread(target=late).start()
    print("main done")
    go.set()
