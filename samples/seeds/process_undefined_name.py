# from seed 003_52ed7e822d35da1c.txt, example 2 (Process with an undefined name in the target)
from multiprocessing import Process
import os

# 子进程要执行的代码
def long_time_func():
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=long_time_func, args=('test',))
    print('Child process will start.')
    p.start()
    p.join()
    print('Child process end.')
