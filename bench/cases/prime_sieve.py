# CPU-bound: a sieve of Eratosthenes over plain lists and ints.
def count_primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    count = 0
    for i in range(2, n + 1):
        if sieve[i]:
            count += 1
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return count


print(count_primes(8_000_000))
