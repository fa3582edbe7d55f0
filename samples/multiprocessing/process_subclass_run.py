# API: Process subclass overriding run() with its own __init__ calling super().__init__()
import multiprocessing


class Worker(multiprocessing.Process):
    def __init__(self, label, count):
        super().__init__()
        self.label = label
        self.count = count

    def run(self):
        for i in range(self.count):
            print(self.label, i)


if __name__ == "__main__":
    w = Worker("tick", 3)
    w.start()
    w.join()
    print(w.exitcode, w.label)
