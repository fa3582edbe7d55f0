# argparse actions: store_const, store_true/false, append, append_const, extend, count, version
import argparse

p = argparse.ArgumentParser(prog="acts")
p.add_argument("--fast", action="store_const", const="speedy", default="slow")
p.add_argument("--yes", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("-I", "--include", action="append")
p.add_argument("--int", dest="types", action="append_const", const=int)
p.add_argument("--str", dest="types", action="append_const", const=str)
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("-v", action="count", default=0)
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
print(p.parse_args([]))
a = p.parse_args(["--fast", "--yes", "--no-color", "-I", "a", "-Ib", "--include=c", "-vvv", "-v", "--ext", "x", "y", "--ext", "z"])
print(a.fast, a.yes, a.color, a.include, a.v, a.ext)
print(p.parse_args(["--int", "--str", "--int"]).types == [int, str, int])
try:
    p.parse_args(["--version"])
except SystemExit as e:
    print("exit", e.code)
