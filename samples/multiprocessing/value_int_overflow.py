# API: Value integer typecodes wrap around with C overflow semantics
import multiprocessing

if __name__ == "__main__":
    samples = [-1, 127, 128, 255, 256, 32768, 65536, 2 ** 31, 2 ** 32 + 5, 2 ** 63, 2 ** 64 - 1, -(2 ** 63) - 1]
    for code in "bBhHiIlLqQ":
        v = multiprocessing.Value(code, lock=False)
        row = []
        for s in samples:
            v.value = s
            row.append(v.value)
        print(code, row)
