# subprocess.getoutput and getstatusoutput: shell commands, trailing newline stripped, stderr merged
import subprocess

print(repr(subprocess.getoutput("echo hello")))
print(repr(subprocess.getoutput("echo a; echo b >&2")))
print(subprocess.getstatusoutput("echo fine"))
print(subprocess.getstatusoutput("echo bad; exit 3"))
print(subprocess.getstatusoutput("printf 'no newline'"))
print(subprocess.getstatusoutput("printf 'two\\n\\n'"))
status, out = subprocess.getstatusoutput("nonexistent-command-xyz")
print(status, "not found" in out)
