# sets of strings: CPython's order depends on hash randomization, so only sorted output is stable
words = {"pear", "apple", "fig"}
print(sorted(words), len(words), "fig" in words)
print(sorted(words | {"kiwi"}), sorted(words & {"fig", "plum"}))
