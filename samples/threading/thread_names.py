# CPython 3.11 thread names: "Thread-N (target)", explicit names, renaming (API: Thread.name, main_thread, current_thread)
import threading


def work():
    pass


class Job:
    def __call__(self):
        pass


if __name__ == "__main__":
    print(threading.Thread(target=work).name)
    print(threading.Thread().name)
    print(threading.Thread(target=work, name="custom").name)
    print(threading.Thread(target=Job()).name)
    t = threading.Thread(target=work)
    t.name = "renamed"
    print(t.name, t.daemon)
    print(t)
    print(threading.main_thread().name, threading.current_thread().name)
    print(threading.current_thread() is threading.main_thread())
