# logging.exception / exc_info=True print the handled exception's traceback with its chain
# ("During handling ...", "direct cause"); sys.exc_info() names it; outside a handler: NoneType
import logging
import os
import sys

# Tracebacks name the script by its full path: shown relative, so the output is the same
# wherever the checkout is.
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class RelativePaths:
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ""))

    def flush(self):
        sys.stdout.flush()


logging.basicConfig(stream=RelativePaths(), format="%(levelname)s %(message)s")
log = logging.getLogger("app")


def parse(text):
    try:
        int(text)
    except ValueError:
        raise RuntimeError(f"cannot parse {text!r}")


try:
    parse("x1")
except RuntimeError:
    kind, value, _ = sys.exc_info()
    print("handling", kind.__name__, value)
    log.exception("parse failed")

try:
    try:
        [].pop()
    except IndexError as error:
        raise KeyError("k") from error
except KeyError:
    log.error("lookup failed", exc_info=True)

log.warning("no exception", exc_info=True)
print("after handlers:", sys.exc_info())
