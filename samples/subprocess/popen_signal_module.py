# Popen.send_signal with the signal module's constants, and the Signals enum they belong to
import signal
import subprocess

p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGUSR1)
print(p.wait(), p.returncode == -signal.SIGUSR1)
print(signal.SIGTERM, repr(signal.SIGKILL), int(signal.SIGINT))
print(subprocess.CalledProcessError(-signal.SIGHUP, ["sleep", "10"]))
