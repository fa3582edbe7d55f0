# sys.stdout.write returns the count and does not add a newline; sys.stderr.write; flush
import sys

n = sys.stdout.write("partial ")
sys.stdout.write("line\n")
print(n)
sys.stdout.flush()
sys.stderr.write("to stderr\n")
print(sys.stdout.write("héllo\n"))
