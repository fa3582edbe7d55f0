# CPU-bound: nested numeric loops with int and float arithmetic (sized so the loop, not start-up, dominates: ~4 s in CPython).
def work(n):
    total = 0
    acc = 0.0
    for i in range(n):
        for j in range(200):
            total += (i * j) % 7
            acc += (i + j) / 3
    return total, round(acc, 3)


print(work(300_000))
