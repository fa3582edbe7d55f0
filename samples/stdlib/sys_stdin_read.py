# sys.stdin.read() reads everything; input() before it takes the first line
import sys

name = input()
rest = sys.stdin.read()
print(name, rest.split())
print(repr(sys.stdin.read()))
