# complex(): numbers, strings in every accepted form, keywords, and the errors CPython raises
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.5), complex(1j), complex(1j, 1j))
print(complex(real=3), complex(imag=2), complex(1 + 2j, 3), complex(2, 1 + 1j), complex(-0.0), complex(0, -0.0))
for text in ["1", "1j", "-j", "+J", "j", " ( 1+2j ) ", "1e3-4.5e-2j", "inf-nanj", "1_0.5j", "-Infinity", ".5e1", "1.", "1.j", "infinityj", "NAN+NANj", "\t3-0j\n"]:
    print(repr(text), complex(text))


class Half:
    def __float__(self):
        return 0.5


class Pair:
    def __complex__(self):
        return 3 - 3j


print(complex(Half()), complex(Half(), Half()), complex(Pair()), complex(Pair(), 1))
bad = [("1", 2), (1, "2"), ([],), (1, []), ("x",), (1, 2, 3), ("",), ("1 + 2j",), ("1__0",), ("(1+2j",), ("1+2j)",), (b"1",), (None,), (2**1100,), ("1e",), ("j1",), ("1jj",)]
for args in bad:
    try:
        print(complex(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    complex(real=1, imag=2, x=3)
except TypeError as e:
    print(e)
