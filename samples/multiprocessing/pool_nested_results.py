# API: Pool results of rich types (tuples, dicts, sets, floats, big ints, None)
import multiprocessing


def describe(n):
    return {"n": n, "sq": float(n) ** 0.5, "big": 2 ** (60 + n), "pair": (n, str(n)), "set": {n, -n}, "none": None}


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        for d in pool.map(describe, [1, 4]):
            print(d["n"], d["sq"], d["big"], d["pair"], sorted(d["set"]), d["none"])
