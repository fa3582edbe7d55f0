# API: Pool.imap / imap_unordered consumed by `for a, b in …` and `for i, (a, b) in enumerate(…)`; workers that run shell commands with subprocess
import multiprocessing as mp
import subprocess


def run_cmd(cmd):
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return cmd, r.returncode, r.stdout.strip()


def square(x):
    return x, x * x


if __name__ == "__main__":
    cmds = ["echo hello", "printf 'a\\nb\\n' | wc -l", "false", "sh -c 'exit 3'"]
    with mp.Pool(2) as pool:
        for cmd, rc, out in pool.imap(run_cmd, cmds):
            print(f"{cmd!r:30} rc={rc} out={out!r}")
        for x, sq in pool.imap(square, range(3), chunksize=2):
            print(x, sq)
        for i, (x, sq) in enumerate(sorted(pool.imap_unordered(square, [5, 6]))):
            print(i, x, sq)
        try:
            for a, b, c in pool.imap(square, [1]):
                print(a)
        except ValueError as e:
            print("ValueError:", e)
