# iterating a dict: keys in insertion order, .items(), .values(), and a deletion before iterating again
prices = {"pear": 3, "apple": 1, "fig": 7}
for name in prices:
    print(name)
for name, price in prices.items():
    print(name, price)
print(sum(prices.values()), list(prices.keys()))
del prices["apple"]
prices["apple"] = 2
print(list(prices))
try:
    for name in prices:
        prices["new"] = 0
except RuntimeError as error:
    print(error)
