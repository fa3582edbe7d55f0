# Awaiting coroutines one after another runs them in order (API: asyncio.run, await, sleep)
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 2


async def main():
    total = 0
    for n in range(4):
        value = await fetch(n)
        print("fetched", value)
        total += value
    print("total", total)


asyncio.run(main())
