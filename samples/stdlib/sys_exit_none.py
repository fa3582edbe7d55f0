# sys.exit(None) and a caught SystemExit: code attribute, then a normal exit with status 0
import sys

try:
    sys.exit(7)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit("text")
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
sys.exit(None)
