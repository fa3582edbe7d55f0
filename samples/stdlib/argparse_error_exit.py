# argparse error from the real command line (sidecar args): usage and error on stderr, exit status 2
import argparse

parser = argparse.ArgumentParser()
parser.add_argument("count", type=int)
parser.add_argument("--name", required=True)
args = parser.parse_args()
print("not reached", args)
