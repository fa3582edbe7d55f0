# Task.cancel() raises CancelledError inside the coroutine at its await, which may clean up or refuse; wait_for and gather pass the cancel on (API: Task.cancel, cancelled, cancelling, uncancel, CancelledError)
import asyncio


async def worker(name, log):
    try:
        log.append(f"{name} start")
        await asyncio.sleep(10)
        log.append(f"{name} woke")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} cleanup")


async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn refuses")
    return "kept going"


async def slow(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("slow stopped")


async def main():
    log = []
    task = asyncio.create_task(worker("w", log))
    await asyncio.sleep(0)
    print(task.cancel(), task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    print(task.cancelled(), task.done(), log)

    log.clear()
    task = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    task.cancel()
    print(await task, task.cancelled(), log)

    # Cancelled before its first step: the body never runs.
    log.clear()
    task = asyncio.create_task(worker("never", log))
    task.cancel("too early")
    try:
        await task
    except asyncio.CancelledError as e:
        print("early:", e.args, log)

    # wait_for cancels what it waits for, which stops before wait_for returns.
    log.clear()
    try:
        await asyncio.wait_for(slow(log), timeout=0.01)
    except TimeoutError as e:
        print("wait_for:", type(e.__cause__).__name__, log)

    # Cancelling a gather cancels its children.
    log.clear()
    group = asyncio.gather(worker("g1", log), worker("g2", log))
    await asyncio.sleep(0)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled:", sorted(log))

    # A cancelled queue waiter leaves the line: the next item goes to the next getter.
    q = asyncio.Queue()
    first = asyncio.create_task(q.get())
    second = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    print("second got:", await second, first.cancelled())
    print(task.uncancel(), task.cancelling())


asyncio.run(main())
