# run_in_executor runs blocking functions in a thread or process pool and awaits them (API: loop.run_in_executor)
import asyncio
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def blocking_sum(n):
    return sum(range(n))


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking_sum, 10))
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, blocking_sum, 100))
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            loop.run_in_executor(pool, blocking_sum, 5),
            loop.run_in_executor(pool, blocking_sum, 6),
        )
        print(results)


if __name__ == "__main__":
    asyncio.run(main())
