# repr, str and format() of complex numbers: signed zeros, inf and nan parts, format specs
nan = float("nan")
inf = float("inf")
values = [1j, -1j, 2 + 3j, complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0), complex(nan, inf),
          complex(1, nan), complex(1e16, 1e-7), complex(1.5, -2.25), 0j, -0j, complex(inf, -inf), 1e300 * 1e300j]
print(values)
print([str(v) for v in values[:4]], f"{2 + 3j}", f"{1j!r:>8}", "%s %r" % (1j, 2 + 1j))
specs = ["", "10", "<12", "^14", ".2f", "+.3g", "e", ">20.2e", "*^20", " ", "+", ",.2f", "#g", "g", "n", ".3", "G", "E", "-", "_.1f"]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in (complex(1234.5, -2), 2.5j, complex(-0.0, nan), complex(1e20, 1))])
for spec in ["=10", "010", "d", "x", "%", "0>5", "s"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print("ValueError", e)
