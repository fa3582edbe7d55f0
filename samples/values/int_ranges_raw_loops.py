# Int loops the range analysis proves safe (compiled to plain JS arithmetic): results must be
# exactly CPython's, negative values, zero products and Python's % included.


def nested(n):
    total = 0
    acc = 0.0
    for i in range(n):
        for j in range(20):
            total += (i * j) % 7
            total -= (i - j) * (j - 3)
            acc += (i + j) / 3
    return total, round(acc, 3)


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    count = 0
    for i in range(2, n + 1):
        if flags[i]:
            count += 1
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return count, [i for i in range(n + 1) if flags[i]][-5:]


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def signs():
    out = []
    for i in range(-6, 7):
        out.append((i * 0, 0 * i, i * -1, -i * 3, i % 4, (i + 6) % 4, i // 3, (i + 6) // 3))
    return out


def countdown(n, step):
    seen = []
    for k in range(n, -n, -step):
        seen.append(k * k - k)
    return seen


def truthy(n):
    hits = 0
    for i in range(n):
        if i % 3:
            hits += 1
        if not (i - 4):
            hits += 100
    return hits


print(nested(50))
print(sieve(100))
print(fib(20))
print(signs())
print(countdown(10, 3))
print(truthy(20))
