# from seed 000_2a6e35c86a5b668e.txt, example 1 (Process, args/kwargs, daemon, active_children, is_alive, kill)
import multiprocessing  
import time  
  
# 模拟阻塞操作  
def crawl(date, delay=3):  
    print(f"crawl started for {date}")  
    time.sleep(delay)  
    print(f"crawl ended for {date}")  
  
if __name__ == '__main__':  
    # 建立工作进程池，并传入工作函数  
    process = []  
    for each in range(3):  
        # 实例化类 Process        
        # 使用 `args` 传入位置参数并使用 `kwargs` 传入关键字参数  
        p = multiprocessing.Process(target=crawl, 
                                    args=(each,), 
                                    kwargs={"delay": 2})  
        process.append(p)  
  
    # 设置并启动守护线程  
    daemon = multiprocessing.Process(target=crawl, 
                                     args=(100,), 
                                     daemon=True)  
    daemon.start()  
  
    # 启动每个线程  
    for p in process:  
        p.start()  
  
    # 查看当前的活跃的子进程列表长度  
    # 输出 4（守护线程 1 个 + 子线程 3 个）  
    print(len(multiprocessing.active_children()))  
  
    # 等待所有进程结束  
    for p in process:  
        p.join()  
  
    # 检查守护进程是否还没结束，手动结束  
    if daemon.is_alive():  
        print(f'{daemon.name} 还在执行')  
        daemon.kill()  
        print(f'{daemon.name} 结束了')
