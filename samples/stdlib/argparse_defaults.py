# argparse defaults: set_defaults, get_default, argument_default, string defaults converted by type, Namespace
import argparse

p = argparse.ArgumentParser(prog="d", argument_default=None)
p.add_argument("--port", type=int, default="8080")
p.add_argument("--host", default="localhost")
p.set_defaults(debug=False, host="0.0.0.0")
print(p.parse_args([]), p.get_default("host"), p.get_default("debug"))
print(p.parse_args(["--port", "1"]).port + 1)
ns = argparse.Namespace(existing=1)
print(p.parse_args(["--host", "h"], namespace=ns), ns.existing)
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
