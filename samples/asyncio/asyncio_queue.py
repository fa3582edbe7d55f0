# An asyncio.Queue between a producer and a consumer task, ended by a None sentinel (API: asyncio.Queue)
import asyncio


async def producer(queue):
    for i in range(4):
        await queue.put(i)
    await queue.put(None)


async def consumer(queue, out):
    while True:
        item = await queue.get()
        if item is None:
            break
        out.append(item * item)


async def main():
    queue = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(queue), consumer(queue, out))
    print(out, queue.empty())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


asyncio.run(main())
