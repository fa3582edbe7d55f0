# argparse print_help: description/epilog wrapping, help column alignment, %(default)s, metavar, long invocations
import argparse

p = argparse.ArgumentParser(
    prog="helpdemo",
    description="A demonstration of the help formatter with a description long enough to wrap across lines.",
    epilog="See the manual for more. This epilog is also long enough that it has to be wrapped by the formatter.",
)
p.add_argument("input", help="input file")
p.add_argument("outputs", nargs="*", help="output files")
p.add_argument("-c", "--config", metavar="PATH", default="app.ini", help="configuration file (default: %(default)s)")
p.add_argument("--a-really-long-option-name", help="this option name pushes its help onto the next line")
p.add_argument("-q", action="store_true", help="quiet")
p.add_argument("--mode", choices=["a", "b", "c"], help="one of %(choices)s")
p.add_argument("--no-help")
p.print_help()
print("---")
print(p.format_usage(), end="")
