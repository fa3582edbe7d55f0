# Thread subclass with its own __init__ calling super().__init__() and an overridden run (API: Thread.run)
import threading


class Counter(threading.Thread):
    def __init__(self, label, count):
        super().__init__(name=f"counter-{label}")
        self.label = label
        self.count = count
        self.total = 0

    def run(self):
        for i in range(self.count):
            self.total += i
        print(self.name, "counted", self.total)


if __name__ == "__main__":
    c = Counter("a", 5)
    c.start()
    c.join()
    print(c.total, c.is_alive())
