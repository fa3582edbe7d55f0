# from seed 000_2a6e35c86a5b668e.txt, example 5 (Pool, map, starmap, apply with kwds)
import multiprocessing  
  
def f1(x):  
    return x  
  
def f2(x, y):  
    return x, y  
  
def f3(x, y, z=5):  
    return x, y, z  
  
if __name__ == '__main__': 
    # 构建一个 4 工作线程的线程池
    with multiprocessing.Pool(processes=4) as pool:  
        # 适用于单个位置参数的函数
        res = pool.map(f1, range(5))  
        print(res)   # [0, 1, 2, 3, 4]

        # 适用于多个参数的函数
        res2 = pool.starmap(f2, [(1, 2), (2, 3), (4, 3)])  
        print(res2)  # [(1, 2), (2, 3), (4, 3)]

        # 适用于所有函数，但只能执行一次
        res3 = pool.apply(f3, (1, 2), kwds={'z': 3})  
        print(res3)  # (1, 2, 3)
