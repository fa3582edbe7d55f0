# argparse add_mutually_exclusive_group: [a | b] and (a | b) in usage, "not allowed with" errors
import argparse

p = argparse.ArgumentParser(prog="mx", exit_on_error=False)
g = p.add_mutually_exclusive_group()
g.add_argument("-v", "--verbose", action="store_true")
g.add_argument("-q", "--quiet", action="store_true")
r = p.add_mutually_exclusive_group(required=True)
r.add_argument("--json", action="store_true")
r.add_argument("--csv", action="store_true")
p.add_argument("file")
p.print_usage()
print(p.parse_args(["-v", "--json", "f"]))
try:
    p.parse_args(["-v", "-q", "--csv", "f"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
p.print_help()
