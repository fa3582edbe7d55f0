# API: Process subclass run() raising SystemExit and an exception, exitcode
import multiprocessing
import sys


class Quits(multiprocessing.Process):
    def run(self):
        sys.exit(7)


class Fails(multiprocessing.Process):
    def run(self):
        raise KeyError("missing")


if __name__ == "__main__":
    for cls in (Quits, Fails):
        p = cls()
        p.start()
        p.join()
        print(cls.__name__, p.exitcode)
