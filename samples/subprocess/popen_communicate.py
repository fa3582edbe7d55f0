# Popen.communicate with input, text mode, and a timeout that can be retried
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"echo back\n")
print(repr(out), err, p.returncode)

p = subprocess.Popen(["sh", "-c", "cat; echo done >&2"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate("line 1\nline 2\n")
print(repr(out), repr(err), p.returncode)

p = subprocess.Popen(["sh", "-c", "echo started; sleep 0.5; echo finished"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("timed out:", e)
out, err = p.communicate()
print(repr(out), err, p.returncode)

p = subprocess.Popen(["true"])
print(p.communicate(), p.returncode)
