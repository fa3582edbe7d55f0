# API: Process.sentinel with multiprocessing.connection.wait
import multiprocessing
from multiprocessing.connection import wait


def work(n):
    pass


if __name__ == "__main__":
    procs = [multiprocessing.Process(target=work, args=(i,)) for i in range(3)]
    try:
        procs[0].sentinel
    except ValueError as e:
        print("ValueError:", e)
    for p in procs:
        p.start()
    pending = {p.sentinel: p for p in procs}
    finished = 0
    while pending:
        for s in wait(list(pending)):
            pending.pop(s).join()
            finished += 1
    print("finished", finished)
    print(all(p.exitcode == 0 for p in procs))
