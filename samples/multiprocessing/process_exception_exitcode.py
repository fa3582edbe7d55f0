# API: Process.exitcode, uncaught exception in a child ("Process <name>:" traceback, exitcode 1)
import multiprocessing


def work():
    raise ValueError("bad value in child")


if __name__ == "__main__":
    p = multiprocessing.Process(target=work, name="Failing")
    p.start()
    p.join()
    print("exitcode:", p.exitcode)
