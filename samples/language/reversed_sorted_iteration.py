# reversed over lists, ranges, strings and __reversed__/__len__+__getitem__; sorted with key and reverse
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]


r = reversed([1, 2, 3])
print(type(r).__name__, list(r), list(r), list(reversed(range(4))), "".join(reversed("xyz")))
print(list(reversed(Seq())), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words))
try:
    reversed(x for x in [1])
except TypeError as error:
    print(error)
