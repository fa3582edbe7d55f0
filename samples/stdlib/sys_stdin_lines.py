# reading standard input: sys.stdin.readline, then iteration over the remaining lines
import sys

first = sys.stdin.readline()
print(repr(first))
total = 0
for line in sys.stdin:
    total += int(line)
    print("got", line.rstrip())
print("total", total)
print(repr(sys.stdin.readline()))
