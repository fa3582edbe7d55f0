# sys.argv: argv[0] is the script path, the rest are command-line arguments
import os
import sys

print(os.path.basename(sys.argv[0]))
print(sys.argv[1:])
print(len(sys.argv))
