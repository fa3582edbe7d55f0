# argparse from the real command line (sidecar args): a positional, options with type/default, store_true
import argparse

parser = argparse.ArgumentParser(description="Greets people.")
parser.add_argument("name", help="who to greet")
parser.add_argument("-n", "--times", type=int, default=1, help="repeat count")
parser.add_argument("--shout", action="store_true", help="use capitals")
args = parser.parse_args()
print(args)
for _ in range(args.times):
    greeting = f"hello, {args.name}"
    print(greeting.upper() if args.shout else greeting)
