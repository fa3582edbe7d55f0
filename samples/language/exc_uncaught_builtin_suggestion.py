# an uncaught NameError for a misspelt builtin: the hint comes from the builtins after the globals
values = [3, 1, 2]
print(sorted(values))
prnt(len(values))
