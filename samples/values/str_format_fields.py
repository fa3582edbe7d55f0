# str.format: automatic, indexed, named, attribute and index fields
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
p = P()
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0.x} {0.items[1]}".format(p))
print("{p.x}/{p.items[0]}".format(p=p))
print("{0[0]} {0[1]} {1[key]}".format([5, 6], {"key": "v"}))
print("{d[a]} {d[1]}".format(d={"a": 1, 1: "int-one", "1": "str-one"}))
print("{{}} {{{0}}}".format(7))
print("{!r} {!s} {!a}".format("hi", "hi", "héllo"))
print("{0!r:>10}|".format("ab"))
print("{:{}}|{:{w}.{p}f}".format("x", 5, 3.14159, w=10, p=2))
print("{0:{1}{2}}|".format(42, ">", 8))
print("{:*^11}".format("mid"))
print("{} {}".format(*[1, 2]), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{0}{1}{0}".format(*"ab"))
print("{:,} {:_} {:,.2f}".format(1234567, 1234567, 1234567.891))
print("{:%} {:.1%}".format(0.25, 1 / 3))
print("{:b} {:o} {:x} {:X} {:#b} {:#o}".format(10, 10, 255, 255, 5, 8))
print("{:c}".format(9731))
print("{:e} {:E} {:g} {:n}".format(1234.5, 0.00012, 1e-7, 1234))
print("".format(), "plain".format(1, 2))
