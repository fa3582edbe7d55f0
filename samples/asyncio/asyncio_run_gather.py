# gather runs coroutines concurrently and returns their results in argument order (API: asyncio.run, gather, sleep)
import asyncio


async def step(name, value):
    print("start", name)
    await asyncio.sleep(0)
    print("end", name)
    return value * 10


async def main():
    results = await asyncio.gather(step("a", 1), step("b", 2), step("c", 3))
    print(results)
    return "main result"


if __name__ == "__main__":
    print(asyncio.run(main()))
