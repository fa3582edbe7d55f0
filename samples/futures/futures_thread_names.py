# Worker threads are named <thread_name_prefix>_<n>; the initializer runs in each worker first (API: thread_name_prefix, initializer)
import threading
from concurrent.futures import ThreadPoolExecutor

log = []


def setup(tag):
    log.append((tag, threading.current_thread().name))


def who():
    return threading.current_thread().name


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fetch", initializer=setup, initargs=("init",)) as ex:
        print(ex.submit(who).result(), ex.submit(who).result())
    print(log)
    with ThreadPoolExecutor(max_workers=1) as ex:
        print(ex.submit(who).result())
