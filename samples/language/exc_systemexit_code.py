# SystemExit: raising it with a code exits with that status and no traceback; finally still runs
import sys

try:
    print("exiting")
    sys.exit(3)
finally:
    print("cleanup")
