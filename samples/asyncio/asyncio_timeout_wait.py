# asyncio.timeout() turns the cancel of an overdue block into TimeoutError; asyncio.wait with FIRST_COMPLETED and a timeout; asyncio.run cancels tasks left pending (API: asyncio.timeout, timeout_at, wait, current_task, all_tasks)
import asyncio


async def tick(n, log):
    await asyncio.sleep(n / 100)
    log.append(n)
    return n


async def forever(log):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        log.append("forever cancelled by asyncio.run")
        print("\n".join(map(str, log)))
        raise


async def main():
    log = []
    print(asyncio.current_task().get_name())
    try:
        async with asyncio.timeout(0.02) as cm:
            print(cm.expired())
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no deadline", cm.when(), cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await tick(50, log)
    except TimeoutError:
        print("timeout_at fired", log)

    tasks = [asyncio.create_task(tick(n, log)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(tasks, timeout=5)
    print(sorted(t.result() for t in done), len(pending), log)

    slow = asyncio.create_task(tick(500, log))
    done, pending = await asyncio.wait([slow], timeout=0.01)
    print(len(done), pending == {slow})
    slow.cancel()

    coro = tick(0, log)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(e)
    await coro
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)

    asyncio.create_task(forever(log), name="left-over")
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print("main returns")


asyncio.run(main())
print("after run")
