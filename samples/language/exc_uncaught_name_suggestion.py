# an uncaught NameError for a misspelt global: CPython's last line adds "Did you mean: 'compute'?"
def compute(n):
    return n * 2


print(compute(2))
print(compte(3))
