# KeyError from remove, TypeError for unhashable members
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}[[1]]
except TypeError as e:
    print("TypeError:", e)
print({1, 2} in [{2, 1}], frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
