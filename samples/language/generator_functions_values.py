# generator functions as values: called later, stored, types and names
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2


makers = {"evens": evens, "odds": lambda limit: (n for n in range(1, limit, 2))}
for name, maker in makers.items():
    gen = maker(7)
    print(name, type(gen).__name__, list(gen))
