# a program that does not exist raises FileNotFoundError (errno 2) naming it
import subprocess

try:
    subprocess.run(["nope"])
except FileNotFoundError as e:
    print(e)
    print(e.errno, e.strerror, e.filename)
try:
    subprocess.Popen(["./not-here.sh", "arg"])
except FileNotFoundError as e:
    print(e)
try:
    subprocess.check_output("nope", shell=True, stderr=subprocess.DEVNULL)
except subprocess.CalledProcessError as e:
    print(e.returncode)
try:
    subprocess.call(["nope", "x"])
except OSError as e:
    print(type(e).__name__, e.errno)
