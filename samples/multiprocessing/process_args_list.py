# API: Process(args=list), args given as a list instead of a tuple
import multiprocessing


def show(*args):
    print("got", args)


if __name__ == "__main__":
    p = multiprocessing.Process(target=show, args=[1, "two", 3.0])
    p.start()
    p.join()
    print(p.exitcode)
