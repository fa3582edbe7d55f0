# wait_for raises TimeoutError (the builtin one since 3.11) when the awaitable is too slow (API: asyncio.wait_for)
import asyncio


async def slow():
    await asyncio.sleep(10)
    return "slow"


async def quick():
    await asyncio.sleep(0)
    return "quick"


async def main():
    print(await asyncio.wait_for(quick(), timeout=5))
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
