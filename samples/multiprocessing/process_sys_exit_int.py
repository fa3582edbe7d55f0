# API: Process.exitcode, sys.exit(n) in a child
import multiprocessing
import sys


def work(code):
    sys.exit(code)


if __name__ == "__main__":
    for code in [0, 1, 3, 255]:
        p = multiprocessing.Process(target=work, args=(code,))
        p.start()
        p.join()
        print(code, "->", p.exitcode)
