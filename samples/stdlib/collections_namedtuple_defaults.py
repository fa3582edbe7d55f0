# namedtuple with defaults for the rightmost fields (collections.namedtuple defaults)
from collections import namedtuple

Config = namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("localhost"))
print(Config("h", 1, True))
print(Config._field_defaults)
