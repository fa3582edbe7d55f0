# from seed 000_2a6e35c86a5b668e.txt, example 4 (Queue(maxsize), full, empty, put, get)
import multiprocessing  
import time  
  
def process_a(conn):  
    time.sleep(1)  
    # 队列不满，添加数据
    if not conn.full():  
        conn.put("我是 A")  
  
def process_b(conn):  
    time.sleep(2)  
    conn.put("我是 B")  
  
if __name__ == '__main__':  
    # 创建一个长度 5 的队列  
    queue = multiprocessing.Queue(5)  
  
    pa = multiprocessing.Process(target=process_a, args=(queue,))  
    pb = multiprocessing.Process(target=process_b, args=(queue,))  
  
    pa.start()  
    pb.start()  
  
    pa.join()  
    pb.join()  
  
    # 队列不空，读取数据
    if not queue.empty():  
        print(queue.get())  # 我是 A，A 先进先出
        print(queue.get())  # 我是 B
