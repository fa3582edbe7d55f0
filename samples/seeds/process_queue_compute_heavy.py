# from seed 001_a89a9406a100b872.txt, example 1 (Process, Queue, os.getpid, time.time, CPU-bound loop; line breaks restored)
import os
import time
from multiprocessing import Process, Queue

def compute_heavy_task(name, duration, output_queue=None):
    """一个模拟耗时计算的函数"""
    pid = os.getpid()
    print(f"进程 {name} (PID: {pid}) 启动,将运行 {duration} 秒。")
    start_time = time.time()
    result = 0
    for _ in range(int(duration * 1000000)): # 模拟CPU密集型计算
        result += 1
    end_time = time.time()
    print(f"进程 {name} (PID: {pid}) 完成,耗时 {end_time - start_time:.2f} 秒。")
    if output_queue:
        output_queue.put(f"结果来自 {name}: {result}")

if __name__ == '__main__':
    print(f"主进程 (PID: {os.getpid()}) 启动。")
    # 创建一个队列用于进程间通信
    results_queue = Queue()
    # 创建并启动多个进程
    process1 = Process(target=compute_heavy_task, args=('Worker-1', 2, results_queue))
    process2 = Process(target=compute_heavy_task, args=('Worker-2', 3, results_queue))
    process3 = Process(target=compute_heavy_task, args=('Worker-3', 1, results_queue))
    process1.start() # 启动进程1
    process2.start() # 启动进程2
    process3.start() # 启动进程3
    # 等待所有子进程完成
    process1.join()
    process2.join()
    process3.join()
    print("所有子进程已完成。")
    # 从队列中获取结果
    while not results_queue.empty():
        print(results_queue.get())
    print("主进程结束。")
