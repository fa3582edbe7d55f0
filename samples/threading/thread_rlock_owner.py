# RLock is reentrant for its owner and cannot be released by another thread (API: threading.RLock)
import threading

rlock = threading.RLock()


def intruder():
    try:
        rlock.release()
    except RuntimeError as e:
        print("intruder:", e)


if __name__ == "__main__":
    print(rlock.acquire(), rlock.acquire())
    t = threading.Thread(target=intruder)
    t.start()
    t.join()
    rlock.release()
    rlock.release()
    try:
        rlock.release()
    except RuntimeError as e:
        print("main:", e)
    with rlock:
        with rlock:
            print("nested with")
