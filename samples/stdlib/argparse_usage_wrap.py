# argparse usage line wrapping when the options do not fit in the terminal width
import argparse

p = argparse.ArgumentParser(prog="wrap")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]:
    p.add_argument(f"--{name}", metavar=name.upper())
p.add_argument("first")
p.add_argument("second", nargs="+")
p.print_usage()
long = argparse.ArgumentParser(prog="a-program-with-an-extremely-long-name-that-takes-most-of-the-line-width")
long.add_argument("--one", metavar="ONE")
long.add_argument("--two", metavar="TWO")
long.add_argument("arg")
long.print_usage()
