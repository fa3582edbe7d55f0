# a file opened in with is closed afterwards, even when the block raises
with open("with_file_closes.py") as handle:
    first = handle.readline()
print(repr(first), handle.closed)
try:
    with open("with_file_closes.py") as other:
        raise ValueError("stop")
except ValueError:
    print("closed after error:", other.closed)
