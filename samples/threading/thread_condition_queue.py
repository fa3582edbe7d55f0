# Producer/consumer over a list guarded by a Condition with wait_for and notify (API: threading.Condition)
import threading

items = []
cond = threading.Condition()
consumed = []


def consumer(count):
    for _ in range(count):
        with cond:
            cond.wait_for(lambda: len(items) > 0)
            consumed.append(items.pop(0))


if __name__ == "__main__":
    t = threading.Thread(target=consumer, args=(5,))
    t.start()
    for i in range(5):
        with cond:
            items.append(i * i)
            cond.notify()
    t.join()
    print(consumed)
    with cond:
        print(cond.wait(timeout=0.01))
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
