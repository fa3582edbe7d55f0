# tempfile.TemporaryDirectory: with-block binds the path, the tree is removed at exit; cleanup()
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("tmp"), os.path.dirname(d) == tempfile.gettempdir())
    os.makedirs(os.path.join(d, "x", "y"))
    with open(os.path.join(d, "x", "y", "f.txt"), "w") as f:
        f.write("data")
    saved = d
print(os.path.exists(saved))
td = tempfile.TemporaryDirectory(prefix="job-", suffix=".work")
name = os.path.basename(td.name)
print(name.startswith("job-"), name.endswith(".work"), len(name) == len("job-") + 8 + len(".work"))
print(repr(td).startswith("<TemporaryDirectory '"))
td.cleanup()
print(os.path.exists(td.name))
