# API: Pool.map_async callback receives the whole result list once
import multiprocessing


def neg(x):
    return -x


got = []

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r = pool.map_async(neg, range(6), callback=got.append)
        r.wait()
        print(r.successful())
    print(got)
