# A bounded deque keeps the last maxlen items (collections.deque maxlen)
from collections import deque

last = deque(maxlen=3)
for i in range(6):
    last.append(i)
    print(list(last))
print(last, last.maxlen)
