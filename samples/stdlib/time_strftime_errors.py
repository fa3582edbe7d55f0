# time.strftime and gmtime argument errors, with CPython's messages
import time

try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
try:
    time.strftime("%Y", (2020, 1))
except TypeError as e:
    print("TypeError", e)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError", e)
try:
    time.strftime("%H", (2020, 1, 1, 25, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
