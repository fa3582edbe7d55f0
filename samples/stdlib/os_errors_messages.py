# OSError subclasses from os calls carry errno, strerror and filename, printed as CPython does
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    os.mkdir("full")
    open(os.path.join("full", "f"), "w").close()
    calls = [
        ("remove", lambda: os.remove("nope.txt")),
        ("rmdir missing", lambda: os.rmdir("nope")),
        ("rmdir not empty", lambda: os.rmdir("full")),
        ("unlink dir", lambda: os.unlink("full")),
        ("listdir", lambda: os.listdir("nope")),
        ("listdir file", lambda: os.listdir(os.path.join("full", "f"))),
        ("rename", lambda: os.rename("nope", "other")),
        ("replace", lambda: os.replace("nope", "other")),
        ("mkdir exists", lambda: os.mkdir("full")),
        ("stat", lambda: os.stat("nope")),
        ("chdir", lambda: os.chdir("nope")),
    ]
    for label, call in calls:
        try:
            call()
        except OSError as e:
            print(label, "->", type(e).__name__, e)
            print("   ", e.args, e.errno, e.filename, e.filename2)
    os.chdir("/")
