# initializer(*initargs) runs in each worker process before its tasks (API: ProcessPoolExecutor initializer, initargs)
from concurrent.futures import ProcessPoolExecutor

prefix = "unset"


def init(value):
    global prefix
    prefix = value


def tag(n):
    return f"{prefix}:{n}"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as executor:
        print(list(executor.map(tag, range(4))))
    print(prefix)
