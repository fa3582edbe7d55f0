# API: Pool(maxtasksperchild) replaces workers; results stay complete and ordered
import multiprocessing
import os


def pid_of(x):
    return x, os.getpid()


if __name__ == "__main__":
    with multiprocessing.Pool(1, maxtasksperchild=1) as pool:
        results = pool.map(pid_of, range(4), chunksize=1)
    print([x for x, _ in results])
    print(len(set(pid for _, pid in results)))
