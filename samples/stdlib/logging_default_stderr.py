# logging defaults: basicConfig() implicit on first module-level call, WARNING level, "LEVEL:root:msg" on stderr
import logging

print("before")
logging.info("dropped")
logging.warning("watch out")
logging.error("bad thing %d", 42)
print("after", len(logging.getLogger().handlers))
