# Int loops that look like the ones compiled to raw JS arithmetic, but whose values pass 2**53:
# each must stay exact (the range analysis may not prove them safe).


def counter_from_huge():
    # A loop counter starting at 10**20: i * 3 and i + 1 are far beyond 2**53.
    out = []
    for i in range(100000000000000000000, 100000000000000000000 + 3):
        out.append(i * 3 + 1)
    return out


def doubling(n):
    # total *= 2 in a loop: unbounded however small each step.
    total = 1
    for i in range(n):
        total *= 2
        total += i % 3
    return total


def scaled(n):
    # A parameter called once with a small int and once with a big one.
    return n * 3 + 1, (n + 7) % 5, n - 1


def accumulate_big_steps(n):
    # An accumulator whose step is large: 2**50 added 20 times passes 2**53.
    total = 0
    for i in range(n):
        total += 2**50 + i
    return total


total = 0


def add_to_global(k):
    global total
    total += k


def counters_product():
    # Both counters near 10**8: their product is about 10**16 > 2**53.
    acc = 0
    for i in range(100_000_000, 100_000_004):
        for j in range(100_000_000, 100_000_003):
            acc += (i * j) % 1_000_000_007
            acc += i * j
    return acc


def recursive(n, acc):
    # A parameter stepped by recursion (n - 1) next to one that triples each call.
    if n == 0:
        return acc
    return recursive(n - 1, acc * 3 + n)


def self_sum(n):
    x = 1
    for i in range(n):
        x = x + x
    return x


def negative_zero():
    # 0 * (a negative int) is 0 for ints: float() of it must not show -0.0.
    out = []
    for i in range(5):
        x = 0 * (i - 3)
        out.append(float(x))
        out.append(float((i - 3) * 0))
    return out


def negative_modulo():
    # Python's % takes the divisor's sign; // floors.
    return [((i - 10) % 7, (i - 10) // 3, (i * 7) % 4) for i in range(20)]


def across_the_boundary():
    # A counter crossing 2**53: i + 1 and the counter's own step must stay exact.
    out = []
    for i in range(9007199254740990, 9007199254740994):
        out.append((i, i + 1, i * 1, i - 1, i % 7))
    for k in range(9007199254740993, 9007199254740989, -1):
        out.append(k - 2)
    return out


def steps():
    out = []
    for k in range(1, 4):
        for j in range(10, 0, -k):
            out.append(j)
        for j in range(0, 10, k):
            out.append(j * k)
    return out


print(counter_from_huge())
print(doubling(70))
print(scaled(5), scaled(1152921504606846976), scaled(-1000000000000000000000000000000))
print(accumulate_big_steps(20))
for k in range(40):
    add_to_global(2**48 + k)
print(total)
print(counters_product())
print(recursive(60, 1))
print(self_sum(80))
print(negative_zero())
print(negative_modulo())
print(across_the_boundary())
print(steps())
