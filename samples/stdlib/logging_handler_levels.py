# Handler-level filtering: two stdout handlers with different levels and formats on one logger
import logging
import sys

log = logging.getLogger("multi")
log.setLevel(logging.DEBUG)
everything = logging.StreamHandler(sys.stdout)
everything.setFormatter(logging.Formatter("ALL  %(levelname)s %(message)s"))
errors = logging.StreamHandler(sys.stdout)
errors.setLevel(logging.ERROR)
errors.setFormatter(logging.Formatter("ERR! %(message)s"))
log.addHandler(everything)
log.addHandler(errors)
for level in (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL):
    log.log(level, "at %s", logging.getLevelName(level))
print(repr(errors), errors.level)
