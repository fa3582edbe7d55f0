# API: Pool.apply with args and kwds
import multiprocessing


def power(base, exp=2):
    return base ** exp


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(power, (3,)))
        print(pool.apply(power, (2,), {"exp": 10}))
        print(pool.apply(power, kwds={"base": 5, "exp": 3}))
