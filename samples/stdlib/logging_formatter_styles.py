# logging.Formatter styles '%', '{', '$', field widths, and invalid-format errors
import logging
import sys

log = logging.getLogger("styles")
log.setLevel(logging.DEBUG)
log.propagate = False
for fmt, style in [("%(levelname)-8s|%(name)s|%(message)s", "%"),
                   ("{levelname:>8}|{name}|{message}", "{"),
                   ("${levelname}|${name}|${message}", "$")]:
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style))
    log.addHandler(h)
    log.info("hello %s", "world")
    log.removeHandler(h)
for bad in [("%(message)", "%"), ("no fields", "{")]:
    try:
        logging.Formatter(*bad[:1], style=bad[1])
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("%(message)s").format(logging.LogRecord("n", logging.INFO, "p", 1, "m %d", (5,), None)))
