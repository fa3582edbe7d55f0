# os.walk top-down (pruning dirnames in place) and bottom-up; lists sorted for determinism
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for sub in ["a/b", "a/c", "skip/deep", "z"]:
        os.makedirs(os.path.join(d, sub))
    for path in ["a/1.txt", "a/b/2.txt", "skip/deep/3.txt", "top.txt"]:
        open(os.path.join(d, path), "w").close()
    for root, dirs, files in os.walk(d):
        dirs[:] = sorted(x for x in dirs if x != "skip")
        print(os.path.relpath(root, d), dirs, sorted(files))
    print("--- bottom up")
    seen = []
    for root, dirs, files in os.walk(d, topdown=False):
        seen.append((os.path.relpath(root, d), sorted(dirs), sorted(files)))
    for entry in sorted(seen):
        print(entry)
    print(list(os.walk(os.path.join(d, "missing"))))
