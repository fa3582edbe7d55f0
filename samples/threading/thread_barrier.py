# A Barrier releases all parties together and runs its action once (API: threading.Barrier)
import threading

arrived = []
lock = threading.Lock()


def on_release():
    print("all", len(arrived), "arrived")


barrier = threading.Barrier(3, action=on_release)


def party(n):
    with lock:
        arrived.append(n)
    index = barrier.wait()
    with lock:
        arrived.append(index + 100)


if __name__ == "__main__":
    threads = [threading.Thread(target=party, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(arrived))
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    barrier.abort()
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        print("broken", barrier.broken)
