# API: Process subclass setting attributes before super().__init__(name=...)
import multiprocessing


class Named(multiprocessing.Process):
    def __init__(self, value):
        self.value = value
        super().__init__(name="named-%d" % value)

    def run(self):
        print(multiprocessing.current_process().name, self.value * 2)


if __name__ == "__main__":
    procs = [Named(i) for i in range(3)]
    for p in procs:
        p.start()
        p.join()
    print([p.name for p in procs])
