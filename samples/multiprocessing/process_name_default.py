# API: Process.name defaults (Process-N), explicit name, name assignment
import multiprocessing

if __name__ == "__main__":
    a = multiprocessing.Process()
    b = multiprocessing.Process()
    c = multiprocessing.Process(name="custom")
    print(a.name, b.name, c.name)
    b.name = "renamed"
    print(b.name)
    try:
        b.name = 5
    except AssertionError as e:
        print("AssertionError:", e)
