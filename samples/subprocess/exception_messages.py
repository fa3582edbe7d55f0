# CalledProcessError and TimeoutExpired built directly: attributes and CPython's str() wording
import subprocess

e = subprocess.CalledProcessError(1, ["false"])
print(str(e))
print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
print(subprocess.CalledProcessError(2, "make all", output=b"o", stderr=b"e"))
print(subprocess.CalledProcessError(-15, ["sleep", "9"]))
print(subprocess.CalledProcessError(-9, "x"))
print(subprocess.CalledProcessError(-2, "y"))
print(subprocess.CalledProcessError(-200, "z"))
e = subprocess.CalledProcessError(3, "c", "out")
print(e.output, e.stdout)
e.stdout = "changed"
print(e.output)
t = subprocess.TimeoutExpired("sleep 5", 0.2)
print(t)
print(t.cmd, t.timeout, t.output, t.stdout, t.stderr)
print(subprocess.TimeoutExpired(["sleep", "5"], 3, output=b"partial"))
print(subprocess.TimeoutExpired(["sleep", "5"], 3, output=b"partial").stdout)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
print(issubclass(subprocess.SubprocessError, Exception))
