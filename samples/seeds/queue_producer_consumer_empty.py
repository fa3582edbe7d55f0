# from seed 002_25599bc4811a2126.txt, example 3 (Queue, producer then consumer, empty)
import multiprocessing

def producer(queue):
    for item in range(5):
        queue.put(item)
        print(f"Produced {item}")

def consumer(queue):
    while not queue.empty():
        item = queue.get()
        print(f"Consumed {item}")

if __name__ == "__main__":
    queue = multiprocessing.Queue()
    producer_process = multiprocessing.Process(target=producer, args=(queue,))
    consumer_process = multiprocessing.Process(target=consumer, args=(queue,))

    producer_process.start()
    producer_process.join()

    consumer_process.start()
    consumer_process.join()
