# logging filters: Filter(name) on a handler, a callable filter, a filter object on a logger
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
h.addFilter(logging.Filter("app"))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.INFO)
logging.getLogger("app.web").info("kept")
logging.getLogger("application").info("dropped: name only shares a prefix")
logging.getLogger("other").info("dropped")

class NoSecrets:
    def filter(self, record):
        return "secret" not in record.getMessage()

web = logging.getLogger("app.web")
web.addFilter(NoSecrets())
web.info("the secret is out")
web.info("public news")
h.addFilter(lambda record: record.levelno >= logging.WARNING)
web.info("info now dropped")
web.warning("warning kept")
