# text mode must get str and binary mode bytes: the errors CPython raises for the wrong type
import subprocess

try:
    subprocess.run(["cat"], input="str in binary mode", capture_output=True)
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.run(["cat"], input=b"bytes in text mode", capture_output=True, text=True)
except AttributeError as e:
    print("AttributeError:", e)
try:
    subprocess.run(["echo"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
r = subprocess.run(["printf", "\\377"], capture_output=True)
print(repr(r.stdout))
try:
    subprocess.run(["printf", "\\377"], capture_output=True, text=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
r = subprocess.run(["printf", "\\377"], capture_output=True, encoding="utf-8", errors="replace")
print(repr(r.stdout))
