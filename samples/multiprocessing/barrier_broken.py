# API: Barrier.wait(timeout) breaks the barrier; abort/reset; BrokenBarrierError
import multiprocessing
import threading

if __name__ == "__main__":
    barrier = multiprocessing.Barrier(2)
    try:
        barrier.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        print("broken after timeout:", barrier.broken)
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        print("still broken")
    barrier.reset()
    print("after reset:", barrier.broken)
    barrier.abort()
    print("after abort:", barrier.broken)
