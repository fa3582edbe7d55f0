# print's sep and end keywords
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print()
