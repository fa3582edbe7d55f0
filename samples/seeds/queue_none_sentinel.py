# from seed 004_85249be97c106635.txt, example 7 (Queue with a None sentinel)
import multiprocessing


def producer(queue):
    for i in range(5):
        queue.put(i)


def consumer(queue):
    while True:
        item = queue.get()
        if item is None:
            break
        print(f"Consumed {item}")


if __name__ == '__main__':
    queue = multiprocessing.Queue()
    producer_process = multiprocessing.Process(target=producer, args=(queue,))
    consumer_process = multiprocessing.Process(target=consumer, args=(queue,))

    producer_process.start()
    consumer_process.start()

    producer_process.join()
    queue.put(None)  # 向队列中放入结束信号
    consumer_process.join()
