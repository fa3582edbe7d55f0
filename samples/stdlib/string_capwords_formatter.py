# capwords and Formatter.format (string.capwords, string.Formatter)
import string

print(string.capwords("the quick  brown fox"))
print(string.capwords("one-two three", "-"))
print(string.Formatter().format("{0} + {1} = {total:>4}", 2, 3, total=5))
