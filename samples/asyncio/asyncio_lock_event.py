# asyncio.Lock serializes coroutines; an Event releases a waiting one (API: asyncio.Lock, asyncio.Event)
import asyncio


async def guarded(lock, name, log):
    await lock.acquire()
    try:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")
    finally:
        lock.release()


async def waiter(event, log):
    await event.wait()
    log.append("event seen")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(guarded(lock, "a", log), guarded(lock, "b", log))
    print(log)
    event = asyncio.Event()
    log = []
    task = asyncio.create_task(waiter(event, log))
    await asyncio.sleep(0)
    log.append("setting")
    event.set()
    await task
    print(log, lock.locked(), event.is_set())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
