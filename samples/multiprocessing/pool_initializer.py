# API: Pool(initializer, initargs) runs once per worker before tasks
import multiprocessing

setting = None


def init(value):
    global setting
    setting = value


def read(_):
    return setting


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=init, initargs=("configured",)) as pool:
        print(pool.map(read, range(4)))
    print(setting)
