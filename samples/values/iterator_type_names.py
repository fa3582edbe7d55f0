# type names of the iterators over builtin containers, forward and reversed
for x in ([1], (1,), "ab", range(3), {1: 2}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), {1}, b"ab", bytearray(b"a")):
    print(type(iter(x)).__name__, end=" ")
print(type(reversed(range(3))).__name__, type(reversed([])).__name__, type(reversed({}.keys())).__name__)
print(repr(iter([]))[:15], type(iter("é")).__name__, type(reversed((1, 2))).__name__, type(reversed("ab")).__name__)
