# joblib's Parallel(n_jobs)(delayed(f)(x) for x in xs) returns results in input order (API: joblib.Parallel, delayed)
from joblib import Parallel, delayed


def square(x, power=2):
    return x ** power


if __name__ == "__main__":
    print(Parallel(n_jobs=2)(delayed(square)(i) for i in range(10)))
    print(Parallel(n_jobs=1)(delayed(square)(i, power=3) for i in range(4)))
    print(Parallel(n_jobs=2, prefer="threads")(delayed(square)(i) for i in range(5)))
