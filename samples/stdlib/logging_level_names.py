# getLevelName both ways, addLevelName for a custom level, setLevel by name, disable()
import logging
import sys

print(logging.getLevelName(logging.WARNING), logging.getLevelName("ERROR"), logging.getLevelName(15), logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE")
logging.basicConfig(stream=sys.stdout, level="DEBUG", format="%(levelno)s %(levelname)s %(message)s")
logging.log(25, "custom level")
log = logging.getLogger("named")
log.setLevel("WARNING")
log.info("hidden")
log.log(25, "notice passes")
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("still shown")
logging.disable(logging.NOTSET)
for bad in ["LOUD", 1.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
