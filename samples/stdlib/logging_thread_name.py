# %(threadName)s from threads: MainThread and named worker threads (joined in order)
import logging
import sys
import threading

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(threadName)s: %(message)s")

def job(n):
    logging.debug("job %d", n)

for i in range(3):
    t = threading.Thread(target=job, args=(i,), name=f"worker-{i}")
    t.start()
    t.join()
logging.info("all done")
