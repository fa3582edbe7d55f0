# API: spawn start method re-runs the module as __mp_main__; globals are the module's own
import multiprocessing

print("module level, __name__ =", __name__)
counter = 0


def show():
    print("child sees counter", counter)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    counter = 10
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
