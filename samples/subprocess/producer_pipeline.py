# two Popens joined by a pipe: printf | sh, the first's stdout feeding the second's stdin
import subprocess

p1 = subprocess.Popen(["printf", "pear\\napple\\nfig\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sh", "-c", "while read w; do echo \"<$w>\"; done"], stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
out, _ = p2.communicate()
print(repr(out))
print(p1.wait(), p2.returncode)
