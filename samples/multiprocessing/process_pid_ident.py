# API: Process.pid, Process.ident, os.getpid/os.getppid in the child
import multiprocessing
import os


def report(q):
    q.put((os.getpid(), os.getppid()))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(q,))
    print("pid before start:", p.pid, p.ident)
    p.start()
    child_pid, child_ppid = q.get()
    p.join()
    print(p.pid == p.ident == child_pid)
    print(child_ppid == os.getpid())
    print(multiprocessing.current_process().pid == os.getpid())
