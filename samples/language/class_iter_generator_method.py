# __iter__ written as a generator makes a reusable iterable
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


tree = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(tree), list(tree), max(tree), [v * 10 for v in tree])
