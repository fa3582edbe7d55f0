# A Parallel used as a context manager reuses its workers; a task's exception reaches the caller (API: joblib.Parallel with-block)
from joblib import Parallel, delayed


def check(x):
    if x == 3:
        raise ValueError("three is not allowed")
    return x * 2


if __name__ == "__main__":
    with Parallel(n_jobs=2) as parallel:
        print(parallel(delayed(check)(i) for i in range(3)))
        print(parallel(delayed(check)(i) for i in [4, 5]))
    try:
        Parallel(n_jobs=2)(delayed(check)(i) for i in range(5))
    except ValueError as e:
        print("caught", e)
    print(Parallel(n_jobs=2)([]))
