# shutil.copyfile, copy (into a directory), copy2 (keeps mtime): return values and contents
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("payload")
    os.utime(src, (1000000000, 1500000000))
    os.chmod(src, 0o640)
    out = shutil.copyfile(src, os.path.join(d, "plain.txt"))
    print(os.path.relpath(out, d), oct(os.stat(out).st_mode & 0o777) != "0o000")
    os.mkdir(os.path.join(d, "dest"))
    out = shutil.copy(src, os.path.join(d, "dest"))
    print(os.path.relpath(out, d), oct(os.stat(out).st_mode & 0o777))
    out = shutil.copy2(src, os.path.join(d, "kept.txt"))
    print(os.path.relpath(out, d), os.stat(out).st_mtime, oct(os.stat(out).st_mode & 0o777))
    with open(out) as f:
        print(f.read())
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print("SameFileError", str(e).replace(d, "<d>"))
    try:
        shutil.copyfile(os.path.join(d, "missing"), os.path.join(d, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.basename(e.filename))
