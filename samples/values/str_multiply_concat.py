# str repetition and concatenation; errors for mixing types
print("ab" * 3, 3 * "x", "a" + "b", "-" * 0, [0] * 3, [[1]] * 2)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
