# Logger hierarchy: dotted names, parents created later (placeholders), propagate, getChild, effective level
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s [%(levelname)s] %(message)s"))
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.DEBUG)

leaf = logging.getLogger("app.db.pool")
print(leaf.parent.name)
db = logging.getLogger("app.db")
print(leaf.parent.name, db.parent.name, logging.getLogger("app").getChild("db") is db)
db.setLevel(logging.WARNING)
leaf.info("pool info (filtered by app.db level)")
leaf.warning("pool warning")
print(leaf.getEffectiveLevel(), leaf.isEnabledFor(logging.INFO), logging.getLogger("app").getEffectiveLevel())
own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter("OWN %(message)s"))
db.addHandler(own)
db.error("twice")
db.propagate = False
db.error("once")
print(repr(db), repr(logging.getLogger()), logging.getLogger("app.db") is db, leaf.hasHandlers())
