# CPython's limit on decimal int/str conversion: 4300 digits, sys.set_int_max_str_digits, powers-of-two bases exempt
import sys, math
try:
    print(math.factorial(2000))
except ValueError as e:
    print(e)
print(len(str(10**4299)), len(str(-10**4299)))
try:
    int("1" * 5000 + "x")
except ValueError as e:
    print(e)
print(len(hex(int("f" * 5000, 16))))
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(math.factorial(2000))))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(int("9" * 4999))))
