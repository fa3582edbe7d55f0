# a small tool: glob the .txt files under a folder and count words per file, sorted by name
import glob
import os
import tempfile

texts = {"one.txt": "the quick brown fox", "two.txt": "jumps over\nthe lazy dog", "skip.md": "not counted"}
with tempfile.TemporaryDirectory() as d:
    for name, body in texts.items():
        with open(os.path.join(d, name), "w") as f:
            f.write(body)
    total = 0
    for path in sorted(glob.glob(os.path.join(d, "*.txt"))):
        with open(path) as f:
            words = len(f.read().split())
        total += words
        print(f"{os.path.basename(path):<8} {words:>3}")
    print(f"{'total':<8} {total:>3}")
