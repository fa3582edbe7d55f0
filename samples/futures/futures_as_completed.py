# as_completed yields every future once, as each finishes (API: concurrent.futures.as_completed)
from concurrent.futures import ThreadPoolExecutor, as_completed


def square(n):
    return n * n


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=4) as executor:
        futures = {executor.submit(square, n): n for n in range(8)}
        results = []
        for future in as_completed(futures):
            results.append((futures[future], future.result()))
    print(sorted(results))
