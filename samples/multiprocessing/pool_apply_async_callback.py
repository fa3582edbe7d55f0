# API: Pool.apply_async with callback, AsyncResult.get/ready/successful
import multiprocessing


def square(x):
    return x * x


collected = []


def on_result(value):
    collected.append(value)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(square, (i,), callback=on_result) for i in range(5)]
        print([r.get() for r in results])
        print(all(r.ready() for r in results), all(r.successful() for r in results))
    print(sorted(collected))
