# signal.Signals is an IntEnum: members print as their number, repr names them, and they are ints
import signal

sig = signal.SIGTERM
print(sig, repr(sig), str(sig), f"{sig}|{sig:>4}|{sig!r}")
print("%d %s %r" % (sig, sig, sig))
print(sig == 15, 15 == sig, sig != 9, sig < 20, sig + 1, 20 - sig, -sig, sig * 2, int(sig), float(sig))
print(sig.name, sig.value, sig.name.lower())
print(signal.Signals(15) is sig, signal.Signals.SIGKILL, repr(signal.Signals.SIGINT), signal.Signals.SIGHUP.name)
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print([repr(s) for s in signal.Signals][:4])
print(signal.NSIG, signal.strsignal(signal.SIGTERM), signal.strsignal(9), signal.strsignal(40), signal.strsignal(32))
valid = signal.valid_signals()
print(len(valid), signal.SIGKILL in valid, 32 in valid, 64 in valid, sorted(valid)[:3])
print(signal.SIG_DFL, repr(signal.SIG_IGN), repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.getsignal(signal.SIGINT))
try:
    signal.Signals(99)
except ValueError as e:
    print("ValueError:", e)
try:
    signal.strsignal(0)
except ValueError as e:
    print("ValueError:", e)
