# argparse parse_known_args (extras returned), abbreviated long options, negative numbers as values
import argparse

p = argparse.ArgumentParser(prog="known")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-file")
p.add_argument("--value", type=float)
p.add_argument("n", type=int, nargs="?")
print(p.parse_known_args(["--verbose", "--other", "x", "5"]))
print(p.parse_args(["--verb", "--val", "-1.5", "-3"]))
print(p.parse_known_args(["7", "8", "--version-f", "v.txt"]))
