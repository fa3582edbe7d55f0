# Manager().Condition(): a consumer waits for a shared list to fill; the producer notifies under the condition
import multiprocessing


def consumer(cond, items, out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.put(list(items))


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        cond = manager.Condition()
        items = manager.list()
        out = manager.Queue()
        p = multiprocessing.Process(target=consumer, args=(cond, items, out))
        p.start()
        for i in range(3):
            with cond:
                items.append(i)
                cond.notify_all()
        print(out.get())
        p.join()
        print(p.exitcode)
