# API: Pool.map/apply with builtin functions (pow, len, str.upper)
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(pow, (2, 8)))
        print(pool.map(len, ["a", "bb", "ccc"]))
        print(pool.map(abs, [-1, 2, -3]))
        print(pool.starmap(max, [(1, 5), (7, 2)]))
