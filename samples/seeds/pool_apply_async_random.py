# from seed 003_52ed7e822d35da1c.txt, example 3 (Pool, apply_async, close, join, random sleep)
from multiprocessing import Pool
import os, time, random

def long_time_func(name):
    print('Run task %s (%s)...' % (name, os.getpid()))
    start = time.time()
    time.sleep(random.random() * 3)
    end = time.time()
    print('Task %s runs %0.2f seconds.' % (name, (end - start)))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Pool(4)
    for i in range(8):
        p.apply_async(long_time_func, args=(i,))
        print('Waiting for all subprocesses done...')
    p.close()
    p.join()
    print('All subprocesses done.')
