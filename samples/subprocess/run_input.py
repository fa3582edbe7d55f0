# subprocess.run(input=...) feeds the child's stdin: bytes, or str in text mode
import subprocess

r = subprocess.run(["cat"], input=b"raw bytes\n", capture_output=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "read line; echo \"<$line>\""], input="shout this\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "read a; read b; echo $b $a"], input="first\nsecond\n", stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(["cat"], input="", capture_output=True, text=True)
print(repr(r.stdout))
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
