# generator expressions and chained generators are lazy: each item flows through the whole chain
def source():
    for n in range(3):
        print("source", n)
        yield n


doubled = (n * 2 for n in source())
filtered = (n for n in doubled if print("filter", n) or n > 0)
print("nothing ran yet")
for value in filtered:
    print("consumer", value)
gen = (x for x in [1, 2])
print(list(gen), list(gen))
