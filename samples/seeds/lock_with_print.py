# from seed 000_2a6e35c86a5b668e.txt, example 2 (Lock as a context manager)
import multiprocessing  
import time  
    
def crawl(date, locker): 
    # 使用锁确保一次只有一个进程输出到控制台
    with locker:  
        time.sleep(1)  
        print(f"{date}")  
  
if __name__ == '__main__':  
    # 创建一个互斥锁
    lock = multiprocessing.Lock()  
  
    process = []  
    for each in range(3):  
        p = multiprocessing.Process(target=crawl, args=(each, lock))  
        process.append(p)  
  
    for p in process:  
        p.start()  
  
    for p in process:  
        p.join()
