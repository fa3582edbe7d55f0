# argparse subparser errors with exit_on_error=False: unknown command, a bad value inside a subcommand
import argparse

p = argparse.ArgumentParser(prog="tool", exit_on_error=False)
sub = p.add_subparsers(dest="cmd")
run = sub.add_parser("run", exit_on_error=False)
run.add_argument("--jobs", type=int, default=1)
sub.add_parser("stop")
for argv in [["walk"], ["run", "--jobs", "two"], ["run", "--jobs", "3"], ["stop"], []]:
    try:
        print(p.parse_args(argv))
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
