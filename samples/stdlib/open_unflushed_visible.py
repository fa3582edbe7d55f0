# data written without close is visible to os calls once the file object is dropped
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "log.txt")
    open(p, "w").write("abc")
    print(os.path.getsize(p))
    f = open(p, "a")
    f.write("defg")
    f.flush()
    print(os.stat(p).st_size)
    f.close()
    with open(p) as g:
        print(g.read())
