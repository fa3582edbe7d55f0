# The string module's constants (string.ascii_letters, digits, punctuation…)
import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable))
