# freeze_support, set_executable, set_forkserver_preload and allow_connection_pickling: accepted, and nothing changes
import multiprocessing
import sys


def child(q):
    q.put(multiprocessing.current_process().name)


if __name__ == "__main__":
    multiprocessing.freeze_support()
    print(multiprocessing.set_executable(sys.executable))
    print(multiprocessing.set_forkserver_preload(["__main__"]))
    print(multiprocessing.allow_connection_pickling())
    ctx = multiprocessing.get_context()
    ctx.freeze_support()
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
