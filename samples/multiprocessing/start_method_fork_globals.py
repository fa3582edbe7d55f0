# API: fork start method: the child sees module globals as they were at start()
import multiprocessing

counter = 0
data = {"a": 1}


def show():
    print("child sees", counter, data)


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    counter = 10
    data["b"] = 2
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
    counter = 20
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
