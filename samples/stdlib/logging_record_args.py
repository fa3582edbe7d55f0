# Message formatting: lazy %-args, a single dict argument, non-string messages, extra= fields
import logging
import sys

log = logging.getLogger("args")
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(h)
log.warning("%s + %s = %d", 1, 2, 3)
log.warning("%(user)s logged in from %(ip)s", {"user": "ann", "ip": "10.0.0.1"})
log.warning(12345)
log.warning(["not", "a", "string"])
log.warning("100% literal")
h.setFormatter(logging.Formatter("%(message)s [%(request)s]"))
log.warning("with extra", extra={"request": "GET /"})
