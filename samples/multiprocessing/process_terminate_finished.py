# API: Process.terminate after the child finished keeps its exitcode
import multiprocessing
import sys


def quick():
    sys.exit(4)


if __name__ == "__main__":
    p = multiprocessing.Process(target=quick)
    p.start()
    p.join()
    p.terminate()
    p.join()
    print(p.exitcode)
