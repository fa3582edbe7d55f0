# negative ints and ints beyond 2**61 hash modulo 2**61-1 and land accordingly
print({-5, -1, -2, 2**61 - 1, 2**61, 2**64, -(2**70), 7})
print({10**20, 10**18, 3})
