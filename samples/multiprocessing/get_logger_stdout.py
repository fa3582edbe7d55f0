# multiprocessing.get_logger() with a stdout handler: CPython's format, levels, and the shutdown messages at exit
import logging
import multiprocessing
import sys

if __name__ == "__main__":
    logger = multiprocessing.get_logger()
    print(logger.name, logger.propagate, logger.handlers)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)s/%(processName)s] %(message)s"))
    logger.addHandler(handler)
    logger.warning("warning shown at the default level")
    logger.info("info not shown yet")
    logger.setLevel(logging.DEBUG)
    logger.info("info now shown: %d items", 3)
    print("main done")
