# deque errors: popping an empty deque, removing a missing value (collections.deque)
from collections import deque

d = deque()
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1, 2]).remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    deque([1])[4]
except IndexError as e:
    print("IndexError:", e)
