# break and continue inside try/finally: finally still runs; break in finally discards the exception
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        print("discarding", i)
        break
print("after loops")
