# threading.local: each thread sees only the attributes it set itself (API: threading.local)
import threading

data = threading.local()
results = []


def worker(n):
    data.value = n * 10
    try:
        data.other
    except AttributeError as e:
        results.append((n, data.value, str(e)))


if __name__ == "__main__":
    data.value = "main"
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for row in sorted(results):
        print(row)
    print(data.value)
