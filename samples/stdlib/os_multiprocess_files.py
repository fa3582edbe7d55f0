# child processes write files into a shared temporary directory; the parent lists them after join
import os
import tempfile
from multiprocessing import Process

def work(folder, n):
    with open(os.path.join(folder, f"out{n}.txt"), "w") as f:
        f.write(str(n * n))

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        procs = [Process(target=work, args=(d, n)) for n in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        for name in sorted(os.listdir(d)):
            with open(os.path.join(d, name)) as f:
                print(name, f.read())
