# a Python handler runs when the process signals itself (os.kill, raise_signal), before the next line
import os
import signal

received = []


def on_usr1(signum, frame):
    received.append(signum)
    print("handler got", signum, signal.Signals(signum).name, type(signum).__name__)


previous = signal.signal(signal.SIGUSR1, on_usr1)
print("previous:", repr(previous))
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill", received)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", received)
print(signal.getsignal(signal.SIGUSR1) is on_usr1)

print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(on_usr1))
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored, still", received)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

try:
    signal.signal(signal.SIGKILL, on_usr1)
except OSError as e:
    print("OSError:", e)
try:
    signal.signal(signal.NSIG, on_usr1)
except ValueError as e:
    print("ValueError:", e)
try:
    signal.signal(signal.SIGUSR2, "nothing")
except TypeError as e:
    print("TypeError:", e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from the default SIGINT handler")
