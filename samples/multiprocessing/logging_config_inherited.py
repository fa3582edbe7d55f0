# API: logging configured at module level before Process.start(): a fork child inherits the handler, a spawn child configures its own by re-running the module
import logging
import multiprocessing as mp
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(processName)s %(name)s: %(message)s")
log = logging.getLogger("jobs")
saved_stdout = sys.stdout


def work(i):
    log.info("worker %s starting", i)
    logging.warning("root warning from %s", i)
    print("saved stdout is sys.stdout:", saved_stdout is sys.stdout, flush=True)
    saved_stdout.write(f"child {i} wrote through the saved stream\n")
    saved_stdout.flush()


if __name__ == "__main__":
    log.info("parent configured")
    for method, name in (("fork", "F1"), ("spawn", "S2")):
        p = mp.get_context(method).Process(target=work, args=(name,), name=name)
        p.start()
        p.join()
        print(method, "exit", p.exitcode, flush=True)
