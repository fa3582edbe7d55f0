# Thread with target, args and kwargs; start/join one at a time (API: threading.Thread, start, join)
import threading


def greet(name, punctuation="."):
    print(f"hello {name}{punctuation}", threading.current_thread().name)


if __name__ == "__main__":
    first = threading.Thread(target=greet, args=("ada",))
    first.start()
    first.join()
    second = threading.Thread(target=greet, args=("bob",), kwargs={"punctuation": "!"})
    second.start()
    second.join()
    print(first.is_alive(), second.is_alive())
