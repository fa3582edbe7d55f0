# Manager().dict() shared by processes: each adds to counters under a manager Lock; the parent sees every update
import multiprocessing


def count_words(words, counts, lock):
    for word in words:
        with lock:
            counts[word] = counts.get(word, 0) + 1


if __name__ == "__main__":
    chunks = [["a", "b", "a"], ["b", "c"], ["a", "c", "c", "c"]]
    with multiprocessing.Manager() as manager:
        counts = manager.dict()
        lock = manager.Lock()
        workers = [multiprocessing.Process(target=count_words, args=(chunk, counts, lock)) for chunk in chunks]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(sorted(counts.items()))
        print(dict(sorted(counts.copy().items())))
        print(len(counts), "a" in counts, "z" in counts)
