# __lt__ drives sorted, min and max; a missing ordering raises TypeError with CPython's message
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.text


versions = [Version("1.10"), Version("1.2"), Version("0.9.1")]
print(sorted(versions), min(versions), max(versions), sorted(versions, reverse=True))
print(Version("2.0") > Version("1.0"))


class Plain:
    pass


try:
    sorted([Plain(), Plain()])
except TypeError as error:
    print(error)
try:
    Plain() < 3
except TypeError as error:
    print(error)
