# argparse nargs: '?', '*', '+', N for positionals and options, const for '?', '--' separator
import argparse

p = argparse.ArgumentParser(prog="nargs")
p.add_argument("src", nargs="+")
p.add_argument("dst")
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--opt", nargs="?", const="CONST", default="DEFAULT")
p.add_argument("--many", nargs="*", default=[])
print(p.parse_args(["a", "b", "c"]))
print(p.parse_args(["a", "b", "--pair", "k", "v", "--opt"]))
print(p.parse_args(["--opt", "x", "--many", "1", "2", "--", "a", "-b"]))
q = argparse.ArgumentParser(prog="q")
q.add_argument("maybe", nargs="?", default="none")
q.add_argument("rest", nargs="*")
print(q.parse_args([]), q.parse_args(["1"]), q.parse_args(["1", "2", "3"]))
p.print_usage()
