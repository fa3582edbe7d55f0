# API: Pool.close then Pool.join; using a closed pool raises ValueError
import multiprocessing


def ident(x):
    return x


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    r = pool.map_async(ident, range(4))
    pool.close()
    pool.join()
    print(r.get())
    try:
        pool.apply(ident, (1,))
    except ValueError as e:
        print("ValueError:", e)
