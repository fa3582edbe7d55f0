# A record that fails to format (%d given a str) makes the handler report "--- Logging error ---" on stderr and logging goes on; a custom handleError sees the exception
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s: %(message)s")
log = logging.getLogger("app")
log.info("count is %d", "three")
log.info("still logging %s", "fine")


class Quiet(logging.StreamHandler):
    def handleError(self, record):
        print("handleError:", type(sys.exc_info()[1]).__name__, record.msg)


quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(Quiet(sys.stdout))
quiet.warning("%s and %s", "only one")
quiet.warning("done")
print("exit normally")
