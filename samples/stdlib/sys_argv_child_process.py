# a child Process sees the same sys.argv as its parent (script name and arguments)
import os, sys
from multiprocessing import Process
def f():
    print("child", os.path.basename(sys.argv[0]), sys.argv[1:])
if __name__ == "__main__":
    p = Process(target=f); p.start(); p.join()
    print("parent", os.path.basename(sys.argv[0]), sys.argv[1:])
