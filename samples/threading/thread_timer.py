# A Timer runs its function once after the interval, unless cancelled first (API: threading.Timer)
import threading


def fire(label):
    print("fired", label)


if __name__ == "__main__":
    cancelled = threading.Timer(30, fire, args=("never",))
    cancelled.start()
    cancelled.cancel()
    cancelled.join()
    timer = threading.Timer(0.01, fire, args=("once",))
    print(timer.name)
    timer.start()
    timer.join()
    print(cancelled.is_alive(), timer.is_alive())
