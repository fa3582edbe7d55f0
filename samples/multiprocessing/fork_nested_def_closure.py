# API: Process target that is a nested def closing over locals, a Queue and a helper def (fork inherits them)
import multiprocessing


def run(label):
    results = multiprocessing.Queue()
    scale = 2
    seen = [label]

    def describe(n):
        return f"{label}:{n}"

    def work(n, *, extra=0):
        seen.append(n)
        results.put((describe(n * scale + extra), len(seen)))

    p = multiprocessing.Process(target=work, args=(5,), kwargs={"extra": 1})
    scale = 10  # the child sees the values at start()
    seen.append("before start")
    p.start()
    print(results.get())
    p.join()
    print(p.exitcode, seen, scale)
    print(work.__qualname__)


if __name__ == "__main__":
    run("first")
    run("second")
