# from seed 003_52ed7e822d35da1c.txt, example 1 (os.fork, getpid, getppid; only works on Unix)
import os

print('Process %s start...' % os.getpid())
# Only works on Unix/Linux/Mac:
pid = os.fork()
if pid == 0:
    print('I am child process %s and my parent is %s.' % (os.getpid(), os.getppid()))
else:
    print('I %s just created a child process %s.' % (os.getpid(), pid))
