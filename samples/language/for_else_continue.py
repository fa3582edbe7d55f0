# for with else and continue: else still runs when continue was the last thing done
for n in range(5):
    if n % 2:
        continue
    print("even", n)
else:
    print("loop completed")
for n in []:
    print("never")
else:
    print("else on empty loop")
primes = []
for candidate in range(2, 20):
    for divisor in range(2, candidate):
        if candidate % divisor == 0:
            break
    else:
        primes.append(candidate)
print(primes)
