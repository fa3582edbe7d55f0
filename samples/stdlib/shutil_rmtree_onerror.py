# shutil.rmtree with an onerror callback, and rmtree refusing a symbolic link
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.makedirs(os.path.join(d, "real", "inner"))
    os.symlink(os.path.join(d, "real"), os.path.join(d, "alias"))
    calls = []
    shutil.rmtree(os.path.join(d, "alias"), onerror=lambda f, p, e: calls.append((f.__name__, os.path.basename(p), e[0].__name__, str(e[1]))))
    print(calls)
    try:
        shutil.rmtree(os.path.join(d, "alias"))
    except OSError as e:
        print("OSError", e)
    shutil.rmtree(os.path.join(d, "missing"), onerror=lambda f, p, e: calls.append((f.__name__, os.path.basename(p), e[0].__name__)))
    print(calls[-1])
    shutil.rmtree(os.path.join(d, "real"))
    print(sorted(os.listdir(d)))
