# argparse -h on the real command line: help on stdout (prog from sys.argv[0]) and exit status 0
import argparse

parser = argparse.ArgumentParser(description="Shows its help.")
parser.add_argument("files", nargs="+", help="files to read")
parser.add_argument("-o", "--output", help="where to write")
parser.parse_args()
print("not reached")
