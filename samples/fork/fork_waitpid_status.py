# os.fork in the __main__ block: the child exits with os._exit(3); the parent reaps it with waitpid and decodes the status
import os

results = []

if __name__ == "__main__":
    results.append("before")
    pid = os.fork()
    if pid == 0:
        print("child sees", results)
        os._exit(3)
    else:
        reaped, status = os.waitpid(pid, 0)
        print("parent reaped its child:", reaped == pid)
        print("exited:", os.WIFEXITED(status), "code:", os.WEXITSTATUS(status))
