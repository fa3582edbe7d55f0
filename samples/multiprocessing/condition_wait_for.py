# API: Condition.wait_for(predicate, timeout) result values
import multiprocessing


def bump(cond, v):
    for _ in range(3):
        with cond:
            v.value += 1
            cond.notify_all()


if __name__ == "__main__":
    cond = multiprocessing.Condition()
    v = multiprocessing.Value("i", 0)
    with cond:
        print(cond.wait_for(lambda: v.value > 0, timeout=0.05))
    p = multiprocessing.Process(target=bump, args=(cond, v))
    p.start()
    with cond:
        print(cond.wait_for(lambda: v.value == 3, timeout=10))
    p.join()
    print(v.value)
