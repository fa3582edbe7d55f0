# os.walk reports unreadable starting points through onerror instead of raising
import os
import tempfile

errors = []
with tempfile.TemporaryDirectory() as d:
    for item in os.walk(os.path.join(d, "missing"), onerror=errors.append):
        print("unexpected", item)
    print(len(errors), type(errors[0]).__name__, errors[0].errno, os.path.basename(errors[0].filename))
    open(os.path.join(d, "file"), "w").close()
    print(list(os.walk(os.path.join(d, "file"))))
