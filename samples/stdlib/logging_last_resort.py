# No handler configured anywhere: logging.lastResort prints WARNING+ bare messages to stderr
import logging

log = logging.getLogger("quiet")
log.info("dropped")
log.warning("only the message, on stderr")
print("stdout line", log.hasHandlers(), logging.lastResort.level)
