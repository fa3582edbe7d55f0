# Popen.send_signal(signal.SIGTERM): the child dies of the signal, returncode is -15; a child that
# traps SIGTERM exits by its own choice instead
import signal
import subprocess

p = subprocess.Popen(["sleep", "10"])
p.send_signal(signal.SIGTERM)
code = p.wait()
print(code, code == -signal.SIGTERM, signal.Signals(-code).name)

script = 'trap "echo caught TERM; exit 3" TERM; echo ready; while :; do sleep 0.05; done'
with subprocess.Popen(["sh", "-c", script], stdout=subprocess.PIPE, text=True) as p:
    print(p.stdout.readline().strip())
    p.send_signal(signal.SIGTERM)
    print(p.stdout.read().strip())
print(p.returncode)
