# log rotation with os.path.exists, os.replace and os.remove: keep the three newest logs
import os
import tempfile

def rotate(path, keep):
    oldest = f"{path}.{keep}"
    if os.path.exists(oldest):
        os.remove(oldest)
    for i in range(keep - 1, 0, -1):
        src = f"{path}.{i}"
        if os.path.exists(src):
            os.replace(src, f"{path}.{i + 1}")
    if os.path.exists(path):
        os.replace(path, f"{path}.1")

with tempfile.TemporaryDirectory() as d:
    log = os.path.join(d, "app.log")
    for n in range(5):
        rotate(log, 3)
        with open(log, "w") as f:
            f.write(f"run {n}\n")
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            print(name, f.read().strip())
