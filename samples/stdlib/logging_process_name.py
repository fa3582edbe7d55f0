# logging %(processName)s and %(process)d-free formats: MainProcess in the parent, Process-1 in a child
import logging
import multiprocessing
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(processName)s %(threadName)s %(levelname)s %(message)s")

def work(n):
    logging.getLogger("worker").info("working on %d", n)

if __name__ == "__main__":
    logging.info("parent starting")
    p = multiprocessing.Process(target=work, args=(1,))
    p.start()
    p.join()
    q = multiprocessing.Process(target=work, args=(2,), name="custom")
    q.start()
    q.join()
    logging.info("parent done")
