# submit returns Futures whose results come back in submission order when read (API: ThreadPoolExecutor.submit, Future.result)
from concurrent.futures import ThreadPoolExecutor


def power(base, exponent=2):
    return base ** exponent


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as executor:
        futures = [executor.submit(power, n) for n in range(6)]
        cubes = executor.submit(power, 3, exponent=3)
        print([f.result() for f in futures])
        print(cubes.result(), cubes.done(), cubes.running(), cubes.cancelled())
