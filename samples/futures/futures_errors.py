# Argument checks of the executors, with CPython's messages (API: ThreadPoolExecutor, ProcessPoolExecutor)
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, Future

if __name__ == "__main__":
    for make in (lambda: ThreadPoolExecutor(max_workers=0), lambda: ProcessPoolExecutor(max_workers=-1)):
        try:
            make()
        except ValueError as e:
            print(e)
    try:
        ProcessPoolExecutor(max_workers=1, initializer=5)
    except TypeError as e:
        print(e)
    try:
        ProcessPoolExecutor(max_workers=1, max_tasks_per_child=0)
    except ValueError as e:
        print(e)
    f = Future()
    print(f.done(), f.running(), f.cancelled(), f.cancel(), f.cancelled())
    g = Future()
    g.set_result(5)
    print(g.done(), g.result(), g.exception())
