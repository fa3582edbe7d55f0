# logging.FileHandler (mode 'w' and 'a') and basicConfig(filename=...): the file's content read back
import logging
import os

path = "logging_file_handler.log"
logger = logging.getLogger("filelog")
logger.setLevel(logging.DEBUG)
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
logger.addHandler(fh)
logger.debug("first")
logger.warning("second %s", 2)
fh.close()
logger.removeHandler(fh)
fh2 = logging.FileHandler(path)
logger.addHandler(fh2)
logger.info("appended")
fh2.close()
with open(path) as f:
    print(f.read(), end="")
print(os.path.basename(fh.baseFilename), fh.mode, fh2.mode)
os.remove(path)
