# from seed 001_a89a9406a100b872.txt, example 2 (Pool(processes=4), map, os.getpid, time.sleep; line breaks restored)
import os
import time
from multiprocessing import Pool

def square(x):
    """一个简单的计算函数"""
    pid = os.getpid()
    print(f"进程 {pid} 正在计算 {x} 的平方...")
    time.sleep(0.5) # 模拟一些工作
    return x * x

if __name__ == '__main__':
    print(f"主进程 (PID: {os.getpid()}) 启动。")
    data = [1, 2, 3, 4, 5, 6, 7, 8]
    # 创建一个包含4个工作进程的进程池
    # 默认情况下,Pool会使用os.cpu_count()个进程
    with Pool(processes=4) as pool:
        # 使用map方法将data中的每个元素并行地传递给square函数
        results = pool.map(square, data)
    print("所有计算已完成。")
    print("结果:", results)
    print("主进程结束。")
