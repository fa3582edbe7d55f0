# os.environ changes are inherited by subprocesses started afterwards
import os
import subprocess
import sys

os.environ["PY2TS_GREETING"] = "from parent"
out = subprocess.run(["sh", "-c", "echo $PY2TS_GREETING"], capture_output=True, text=True)
print(out.stdout.strip())
del os.environ["PY2TS_GREETING"]
out = subprocess.run(["sh", "-c", "echo \"[$PY2TS_GREETING]\""], capture_output=True, text=True)
print(out.stdout.strip())
