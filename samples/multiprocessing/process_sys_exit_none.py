# API: Process.exitcode, sys.exit() and sys.exit(None) in a child give 0
import multiprocessing
import sys


def bare():
    sys.exit()


def none():
    sys.exit(None)


if __name__ == "__main__":
    for target in (bare, none):
        p = multiprocessing.Process(target=target)
        p.start()
        p.join()
        print(target.__name__, p.exitcode)
