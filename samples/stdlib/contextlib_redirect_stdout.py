# contextlib.redirect_stdout / redirect_stderr into io.StringIO; restored afterwards, also on error
import io
import sys
from contextlib import redirect_stderr, redirect_stdout

buffer = io.StringIO()
with redirect_stdout(buffer) as target:
    print("captured line")
    print("second", 2)
print("target is buffer:", target is buffer)
print("got", repr(buffer.getvalue()))

errors = io.StringIO()
with redirect_stderr(errors):
    print("to stderr", file=sys.stderr)
print("stderr got", repr(errors.getvalue()))

outer = io.StringIO()
inner = io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

try:
    with redirect_stdout(io.StringIO()):
        raise RuntimeError("inside")
except RuntimeError as error:
    print("restored after", error)
