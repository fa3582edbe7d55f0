# os module constants and simple queries: sep, linesep, devnull, curdir, name, cpu_count type
import os

print(repr(os.sep), repr(os.linesep), repr(os.devnull), repr(os.curdir), repr(os.pardir))
print(repr(os.pathsep), repr(os.extsep), os.altsep, os.name)
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
print(isinstance(os.getpid(), int), os.getpid() != os.getppid())
print(len(os.urandom(16)), type(os.urandom(4)).__name__, os.urandom(0))
print(os.strerror(2))
print(os.strerror(13))
print(os.path.join("a", "b") == os.sep.join(["a", "b"]))
