# sys.exit(3) exits with status 3; finally blocks still run while SystemExit propagates
import sys

try:
    print("working")
    sys.exit(3)
finally:
    print("cleanup")
