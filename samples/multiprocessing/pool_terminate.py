# API: Pool.terminate stops workers; with-block exit terminates
import multiprocessing


def ident(x):
    return x


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    print(pool.map(ident, [1, 2, 3]))
    pool.terminate()
    pool.join()
    print("after terminate")
    with multiprocessing.Pool(2) as p2:
        print(p2.apply(ident, ("x",)))
    try:
        p2.map(ident, [1])
    except ValueError as e:
        print("ValueError:", e)
