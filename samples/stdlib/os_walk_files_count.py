# counting files and bytes under a tree with os.walk and os.path.getsize
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    sizes = {"a.txt": 3, "b/c.txt": 5, "b/d/e.txt": 7, "b/d/f.log": 11}
    for rel, size in sizes.items():
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write("x" * size)
    total = 0
    count = 0
    by_ext = {}
    for root, dirs, files in os.walk(d):
        for name in files:
            count += 1
            size = os.path.getsize(os.path.join(root, name))
            total += size
            ext = os.path.splitext(name)[1]
            by_ext[ext] = by_ext.get(ext, 0) + size
    print(count, total, sorted(by_ext.items()))
