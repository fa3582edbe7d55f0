# glob.escape makes magic characters literal; has_magic
import glob
import os
import tempfile

print(glob.escape("file[1]*?.txt"), glob.has_magic("a*b"), glob.has_magic("plain"))
with tempfile.TemporaryDirectory() as d:
    for name in ["data[1].csv", "data1.csv"]:
        open(os.path.join(d, name), "w").close()
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "data[1].csv"))))
    print(sorted(os.path.basename(p) for p in glob.glob(os.path.join(glob.escape(d), glob.escape("data[1].csv")))))
