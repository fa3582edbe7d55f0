# API: Process.start, Process.join, Process.exitcode (normal return)
import multiprocessing


def work():
    print("child running")


if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    print("before start:", p.exitcode)
    p.start()
    p.join()
    print("after join:", p.exitcode)
