# argparse subparsers: add_subparsers(dest), add_parser with help and aliases, set_defaults(func=...), help text
import argparse

def do_commit(args):
    print("commit:", args.message, args.all)

def do_push(args):
    print("push to", args.remote)

p = argparse.ArgumentParser(prog="vcs")
p.add_argument("--verbose", action="store_true")
sub = p.add_subparsers(dest="command", help="available commands")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("-a", "--all", action="store_true")
c.set_defaults(func=do_commit)
s = sub.add_parser("push", help="send changes")
s.add_argument("remote", nargs="?", default="origin")
s.set_defaults(func=do_push)
for argv in [["commit", "-m", "fix"], ["--verbose", "ci", "-am", "all"], ["push"], ["push", "upstream"]]:
    args = p.parse_args(argv)
    print(args.command, args.verbose)
    args.func(args)
print(p.parse_args([]))
p.print_help()
c.print_help()
