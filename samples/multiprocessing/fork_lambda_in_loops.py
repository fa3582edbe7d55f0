# API: lambda Process targets made in a comprehension (default i=i), in a loop (free variable at start()), and on a fork context
import multiprocessing as mp


def work(i, tag):
    print("work", i, tag)


def main(tag):
    ps = [mp.Process(target=lambda i=i: work(i, tag)) for i in range(3)]
    for p in ps:
        p.start()
        p.join()
    for j in range(2):
        p = mp.Process(target=lambda: work(j, tag))
        p.start()
        p.join()
    ctx = mp.get_context("fork")
    p = ctx.Process(target=lambda: work("ctx", tag))
    p.start()
    p.join()


if __name__ == "__main__":
    main("T")
