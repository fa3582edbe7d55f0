# argparse "the following arguments are required" for positionals and required options (stderr, exit 2)
import argparse

print("start")
parser = argparse.ArgumentParser()
parser.add_argument("src")
parser.add_argument("dst")
parser.add_argument("-k", "--key", required=True)
parser.parse_args()
