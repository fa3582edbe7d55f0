# API: Pool.map_async error_callback and AsyncResult.get raising
import multiprocessing


def check(x):
    if x % 2:
        raise KeyError(x)
    return x


seen = []

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r = pool.map_async(check, [0, 2, 5], chunksize=1, error_callback=lambda e: seen.append(type(e).__name__))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except KeyError as e:
            print("KeyError", e)
    print(seen)
