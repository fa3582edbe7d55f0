# async with (__aenter__/__aexit__), async for (__aiter__/__anext__), asyncio.gather running coroutines concurrently, raise ... from ...
import asyncio


class Resource:
    async def __aenter__(self):
        print("open")
        return self

    async def __aexit__(self, *exc):
        print("close")


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def work(tag, n):
    for i in range(n):
        await asyncio.sleep(0)
    return f"{tag} done"


async def main():
    async with Resource() as r:
        print("inside", type(r).__name__)
    async for t in Ticker(3):
        print("tick", t)
    print(await asyncio.gather(work("a", 2), work("b", 1)))
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("bad") from e
    except ValueError as e:
        print(repr(e), repr(e.__cause__))


asyncio.run(main())
