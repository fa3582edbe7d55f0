# Popen's stdin/stdout pipes used directly: write, read, readline and iteration over lines
import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write("first\n")
p.stdin.write("second\n")
p.stdin.write("third\n")
p.stdin.close()
print(repr(p.stdout.readline()))
for line in p.stdout:
    print("line:", repr(line))
p.stdout.close()
print(p.wait())

p = subprocess.Popen(["printf", "a\\nb\\nc"], stdout=subprocess.PIPE)
print(repr(p.stdout.read()))
p.wait()

p = subprocess.Popen(["sh", "-c", "echo err-line >&2"], stderr=subprocess.PIPE)
print(repr(p.stderr.readline()), repr(p.stderr.readline()))
p.wait()

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"bytes in\n")
p.stdin.flush()
print(repr(p.stdout.readline()))
p.stdin.close()
print(p.stdout.readlines())
p.wait()
print(p.stdout.closed, p.stdin.closed)
