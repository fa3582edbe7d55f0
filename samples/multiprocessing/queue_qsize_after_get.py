# API: Queue.qsize tracking puts and gets in one process
import multiprocessing

if __name__ == "__main__":
    q = multiprocessing.Queue()
    for i in range(4):
        q.put(i)
    sizes = [q.qsize()]
    for _ in range(4):
        q.get()
        sizes.append(q.qsize())
    print(sizes, q.empty())
