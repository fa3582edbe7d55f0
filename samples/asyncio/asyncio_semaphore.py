# A Semaphore caps how many coroutines are inside at once (API: asyncio.Semaphore, BoundedSemaphore)
import asyncio

inside = 0
peak = 0


async def limited(sem, n):
    global inside, peak
    await sem.acquire()
    inside += 1
    peak = max(peak, inside)
    await asyncio.sleep(0)
    inside -= 1
    sem.release()
    return n


async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*[limited(sem, n) for n in range(6)]))
    print("peak", peak, sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print(e)


asyncio.run(main())
