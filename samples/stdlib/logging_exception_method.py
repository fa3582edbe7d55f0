# Logger.exception() inside an except block: ERROR level plus the traceback of the handled exception
import logging

logging.basicConfig(format="%(levelname)s:%(message)s")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("division failed")
print("done")
