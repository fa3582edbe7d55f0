# API: Process.exitcode, sys.exit("msg") in a child prints the message to stderr, exitcode 1
import multiprocessing
import sys


def work():
    sys.exit("child says goodbye")


if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
