# API: Connection.send after the reader closed raises BrokenPipeError
import multiprocessing

if __name__ == "__main__":
    r, w = multiprocessing.Pipe(duplex=False)
    r.close()
    try:
        w.send("nobody listens")
    except BrokenPipeError as e:
        print("BrokenPipeError:", e)
