# complex arithmetic with int, float, bool and complex operands, as complexobject.c computes it
z = 3 + 4j
w = 1 - 2j
print(z + w, z - w, z * w, z / w, w / z, -z, +z, abs(z), abs(w))
print(z + 1, 1 + z, z - 2.5, 2.5 - z, z * 2, 2 * z, z / 2, 2 / z, True + 1j, z * False)
print(z ** 2, z ** -2, z ** 0, z ** 0.5, 2 ** z, 1j ** 2, (1 + 1j) ** 3, z ** w, (-1) ** 0.5)
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, (5j).real, bool(0j), bool(0.0 + 1e-300j))
print(z == 3 + 4j, z != w, 1 + 0j == 1, 1 + 0j == 1.0, 2j == 2, 0j == False, z == "z", 1j in [0, 1j])
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(3 + 4j), hash(-1 + 0j), hash(1j))
print({1: "int", 1 + 0j: "complex"}, {2j, 2j, 1 + 0j, 1}, [1j, 2j][1], (1j, 0j))
print(type(1j), type(1j).__name__, isinstance(1j, complex), isinstance(1, complex), type(2 + 3j) is complex)
print((-8) ** (1 / 3), (-2.0) ** 1.5, pow(-27, 1 / 3), (-1.5) ** -0.5)
for f in (lambda: 1j / 0, lambda: 1j ** 0, lambda: (1 + 1j) / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** 2, lambda: 1 / 0j):
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
errors = (lambda: 1j // 2, lambda: 1j % 2, lambda: divmod(1j, 2), lambda: 1j < 2j, lambda: 1j > 1, lambda: int(1j),
          lambda: float(1j), lambda: pow(1j, 2, 3), lambda: 1j + "a", lambda: round(1j), lambda: 1e200j ** 2.5)
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
