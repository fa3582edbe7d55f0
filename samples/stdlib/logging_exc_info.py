# logging with exc_info=<exception>: the message, then the traceback (its last line is the exception)
import logging
import sys

logging.basicConfig(format="%(levelname)s %(message)s")
try:
    {}["missing"]
except KeyError as e:
    logging.error("lookup failed", exc_info=e)
print("done")
