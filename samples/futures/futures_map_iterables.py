# Executor.map over several iterables stops at the shortest and keeps input order (API: ThreadPoolExecutor.map)
import concurrent.futures


def combine(a, b):
    return f"{a}-{b}"


if __name__ == "__main__":
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(combine, "abcd", [1, 2, 3])))
        for value in executor.map(len, ["x", "yy", "zzz"], timeout=5):
            print(value)
