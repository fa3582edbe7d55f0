# print(file=sys.stderr) and sys.stderr.write go to stderr; only stdout is compared
import sys

print("out 1")
print("err 1", file=sys.stderr)
sys.stderr.write("err 2\n")
print("out 2", file=sys.stdout)
print("out 3", flush=True)
