# ProcessPoolExecutor workers start with the mp_context given: names, start method and what globals they see (API: ProcessPoolExecutor mp_context)
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

counter = 0


def describe(x):
    # Under spawn the worker re-imports the module: it sees counter as the module sets it (0),
    # not the parent's later value; under fork it sees the parent's value at fork time.
    name = multiprocessing.current_process().name.rstrip("0123456789")
    return x * x, counter, name, multiprocessing.get_start_method()


if __name__ == "__main__":
    counter = 7
    for method in ("spawn", "fork", "forkserver"):
        ctx = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            print(method, list(ex.map(describe, [1, 2, 3])))
