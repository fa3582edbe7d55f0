# traceback.format_exc / print_exc / format_exception use the exception being handled; the
# traceback starts at the frame that caught it; outside a handler: NoneType: None
import io
import os
import traceback
import sys

# Tracebacks name the script by its full path: shown relative, so the output is the same
# wherever the checkout is.
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(value):
    print(str(value).replace(HERE, ""))


def g():
    raise ValueError("x")


def f():
    try:
        g()
    except ValueError as e:
        show(traceback.format_exception(e))
        show(repr(traceback.format_exc()))
        show(traceback.format_exception_only(e))
        try:
            raise KeyError(1)
        except KeyError as k:
            show(traceback.format_exception(k))
        out = io.StringIO()
        traceback.print_exc(file=out)
        show(out.getvalue())


f()
print(repr(traceback.format_exc()))
