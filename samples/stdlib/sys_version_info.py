# sys.version_info as a named tuple: repr, fields, indexing, slicing and comparison with tuples
import sys

print(sys.version_info)
print(sys.version_info.major, sys.version_info.minor, sys.version_info[0], sys.version_info[:2])
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2] == (3, 11))
major, minor, *_ = sys.version_info
print(major, minor, len(sys.version_info))
print(sys.version.split()[0], sys.hexversion == 0x30B07F0)
