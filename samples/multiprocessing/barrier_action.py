# API: Barrier(action=...) runs the action once when the last party arrives
import multiprocessing


def announce():
    print("all arrived")


def arrive(barrier):
    barrier.wait()


if __name__ == "__main__":
    barrier = multiprocessing.Barrier(2, action=announce)
    p = multiprocessing.Process(target=arrive, args=(barrier,))
    p.start()
    barrier.wait()
    p.join()
    print("done")
