# argparse add_argument_group: titled sections in help, grouping positionals and options
import argparse

p = argparse.ArgumentParser(prog="grp", description="Grouped help.")
net = p.add_argument_group("network", "Connection settings.")
net.add_argument("--host", default="localhost", help="server host")
net.add_argument("--port", type=int, help="server port")
out = p.add_argument_group("output")
out.add_argument("-o", "--out", help="output file")
p.add_argument("target", help="what to do")
p.print_help()
print(p.parse_args(["t", "--port", "80"]))
