# os.stat on files and directories: st_size, st_mode via the stat module-like bit tests, utime
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.bin")
    with open(p, "w") as f:
        f.write("0" * 1234)
    st = os.stat(p)
    print(st.st_size, st[6], len(st))
    print(oct(st.st_mode & 0o170000), oct(os.stat(d).st_mode & 0o170000))
    os.utime(p, (1000000000, 1700000000))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.chmod(p, 0o640)
    print(oct(os.stat(p).st_mode & 0o777))
    print(os.access(p, os.R_OK), os.access(os.path.join(d, "nope"), os.F_OK))
