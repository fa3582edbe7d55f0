# API: Process.start twice raises AssertionError
import multiprocessing


def nothing():
    pass


if __name__ == "__main__":
    p = multiprocessing.Process(target=nothing)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
    p.join()
    try:
        p.start()
    except AssertionError as e:
        print("AssertionError:", e)
