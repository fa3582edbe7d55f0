# str.format with positional, indexed, named, attribute and index fields
class P:
    def __init__(self):
        self.x = 7
print("{} {} {}".format(1, "a", 2.5), "{1}{0}{1}".format("a", "b"), "{name}:{n:>4}".format(name="k", n=3))
print("{0[1]} {0[k]} {p.x}".format({1: "one", "k": "kay"}, p=P()), "{:^9}|{:08.3f}".format("mid", 3.14159))
print("{!r} {!s}".format("q", "q"), "{{}}".format())
