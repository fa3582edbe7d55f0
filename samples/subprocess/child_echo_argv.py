# a child script (run by run_python_child.py): prints its arguments and upper-cases stdin
import sys

print("child argv:", sys.argv[1:])
data = sys.stdin.read()
print("child stdin:", repr(data.upper()))
print("child stderr line", file=sys.stderr)
sys.exit(len(sys.argv) - 1)
