# from seed 000_2a6e35c86a5b668e.txt, example 6 (Pool, map_async, starmap_async, apply_async, get)
import multiprocessing  
  
def f1(x):  
    return x  
  
def f2(x, y):  
    return x, y  
  
def f3(x, y, z=5):  
    return x, y, z  
  
if __name__ == '__main__':  
    with multiprocessing.Pool(processes=4) as pool:  
        # 异步调用函数
        res1 = pool.map_async(f1, range(5))  
        print('asynv1')  
        res2 = pool.starmap_async(f2, [(1, 2), (2, 3), (4, 3)])  
        print('asynv2')  
        res3 = pool.apply_async(f3, (1, 2), kwds={'z': 3})  
        print('asynv3')  
        # 先后打印 asynv1，asynv2，asynv3
        # 没有阻塞

        # 从结果中获取
        print(res1.get())  
        print(res2.get())  
        print(res3.get())
        # [0, 1, 2, 3, 4]，[(1, 2), (2, 3), (4, 3)]，(1, 2, 3)
