# API: Queue.put of a lambda or nested function fails to pickle (error reported, queue unchanged)
import multiprocessing


def outer():
    def inner():
        pass
    return inner


if __name__ == "__main__":
    q = multiprocessing.Queue()
    for fn in (lambda: 1, outer()):
        try:
            q.put(fn)
            q.get(timeout=1)
            print("no error")
        except Exception as e:
            text = str(e)
            print(type(e).__name__, text[text.index(">:"):] if ">:" in text else text)
