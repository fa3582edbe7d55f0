# logging.basicConfig(level, format, stream=sys.stdout) and the module-level level functions
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.debug("not shown")
logging.info("started %s", "job")
logging.warning("disk at %d%%", 91)
logging.error("failed: %r", {"code": 7})
logging.critical("giving up")
logging.basicConfig(level=logging.DEBUG)  # ignored: root already has a handler
logging.debug("still not shown")
print(logging.getLogger().level, logging.root.handlers[0].level)
