# API: Queue.close, put/get on a closed queue raise ValueError
import multiprocessing

if __name__ == "__main__":
    q = multiprocessing.Queue()
    q.put(1)
    q.close()
    for op in ("put", "get"):
        try:
            if op == "put":
                q.put(2)
            else:
                q.get()
        except ValueError as e:
            print(op, "ValueError", str(e).endswith("is closed"))
    q.join_thread()
    print("joined")
