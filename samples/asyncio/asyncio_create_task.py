# create_task schedules a coroutine; it runs when the creator awaits (API: asyncio.create_task, Task.done, Task.result)
import asyncio


async def job(n):
    print("job", n, "running")
    await asyncio.sleep(0)
    return n + 100


async def main():
    task = asyncio.create_task(job(1))
    print("task created", task.done())
    result = await task
    print(result, task.done(), task.result())


asyncio.run(main())
