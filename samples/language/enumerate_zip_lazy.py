# enumerate and zip are lazy iterators: zip stops at the shortest, consuming one extra from earlier inputs
def numbers():
    for n in range(5):
        print("yield", n)
        yield n


e = enumerate("ab", start=10)
print(type(e).__name__, next(e), list(e))
z = zip(numbers(), "xy")
print(type(z).__name__)
print(list(z))
print(list(zip()), list(zip([1, 2], [3, 4], [5, 6])), dict(zip("ab", [1, 2])))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
