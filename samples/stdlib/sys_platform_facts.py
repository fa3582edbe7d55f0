# sys.platform, byteorder, maxsize, float_info, recursion limit get/set and its errors
import sys

print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
print(sys.getdefaultencoding(), isinstance(sys.executable, str))
