# sys.exit with a string prints it on stderr and exits with status 1; SystemExit can be caught
import sys

try:
    sys.exit(5)
except SystemExit as error:
    print("caught exit", error.code)
sys.exit("fatal: giving up")
