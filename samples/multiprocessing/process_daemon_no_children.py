# API: a daemonic process may not start children (AssertionError)
import multiprocessing


def nothing():
    pass


def parent():
    p = multiprocessing.Process(target=nothing)
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)


if __name__ == "__main__":
    d = multiprocessing.Process(target=parent, daemon=True)
    d.start()
    d.join()
    print("exitcode", d.exitcode)
