# async with on Lock/Semaphore/Condition; Condition wait/wait_for/notify; LifoQueue and PriorityQueue order; a cancelled Condition waiter (API: asyncio.Lock, Semaphore, Condition, LifoQueue, PriorityQueue)
import asyncio


async def consumer(cond, items, name, log):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        log.append((name, items.pop(0)))


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside:", lock.locked())
    print("after:", lock.locked())

    sem = asyncio.Semaphore(2)
    async with sem:
        async with sem:
            print("semaphore exhausted:", sem.locked())
    print("semaphore free:", sem.locked())

    cond = asyncio.Condition()
    items, log = [], []
    tasks = [asyncio.create_task(consumer(cond, items, f"c{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    for value in ("a", "b", "c"):
        async with cond:
            items.append(value)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(sorted(log))

    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled waiter holds the lock again:", cond.locked())
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("lock free after:", not cond.locked())

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await lifo.put(item)
        await prio.put(item)
    print([lifo.get_nowait() for _ in range(3)])
    print([(await prio.get()) for _ in range(3)])


asyncio.run(main())
