# API: Array('c') value/raw, slicing bytes, byte string too long
import multiprocessing

if __name__ == "__main__":
    s = multiprocessing.Array("c", 8)
    s.value = b"hello"
    print(s.value, s.raw, s[0], s[1:3])
    s.value = b"hi"
    print(s.value, s.raw)
    try:
        s.value = b"far too long"
    except ValueError as e:
        print("ValueError:", e)
    t = multiprocessing.Array("c", b"abc")
    print(len(t), t.value)
