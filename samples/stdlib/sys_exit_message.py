# sys.exit("message") prints the message to stderr and exits with status 1
import sys

print("before exit")
sys.exit("fatal: configuration missing")
print("never printed")
