# big ints mixed with floats: conversion, true division, comparisons, overflow
big = 2 ** 100
print(big * 1.0)
print(big / 3)
print(big + 0.5)
print(float(big))
print(float(10 ** 308))
try:
    print(float(10 ** 309))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1.5)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399)
print(10 ** 400 // 10 ** 399)
print(big == float(big), big + 1 == float(big))
print(big + 1 > float(big), big - 1 < float(big))
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(int(1e20), int(-1.5e30))
print(int(2.0 ** 80))
print(big < float("inf"), -big > float("-inf"))
print(big == float("nan"))
print(round(1e20), round(2.5e15))
print(big // 1.5, big % 7.0)
print(3 ** 50 * 0.0)
