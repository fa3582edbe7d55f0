# argparse type= (int, float, a function, ArgumentTypeError) and choices=; with exit_on_error=False errors raise ArgumentError
import argparse

def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError(f"{value} is not even")
    return value

p = argparse.ArgumentParser(prog="types", exit_on_error=False)
p.add_argument("--count", type=int)
p.add_argument("--ratio", type=float, default="0.5")
p.add_argument("--even", type=even)
p.add_argument("--mode", choices=["fast", "slow"])
p.add_argument("--level", type=int, choices=range(1, 4))
print(p.parse_args(["--count", "3", "--even", "4", "--mode", "fast", "--level", "2"]))
for argv in [["--count", "x"], ["--ratio", "abc"], ["--even", "3"], ["--even", "z"], ["--mode", "medium"], ["--level", "9"]]:
    try:
        p.parse_args(argv)
    except argparse.ArgumentError as e:
        print("ArgumentError:", e)
