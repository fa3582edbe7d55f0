# an uncaught AttributeError for a misspelt attribute: CPython's last line adds "Did you mean: 'total'?"
class Counter:
    def __init__(self):
        self.total = 0


c = Counter()
c.total += 1
print(c.totl)
