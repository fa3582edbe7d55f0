# traceback.format_exc / print_exc / format_exception use the exception being handled; the
# traceback starts at the frame that caught it; outside a handler: NoneType: None
import traceback
import sys


def g():
    raise ValueError("x")


def f():
    try:
        g()
    except ValueError as e:
        print(traceback.format_exception(e))
        print(repr(traceback.format_exc()))
        print(traceback.format_exception_only(e))
        try:
            raise KeyError(1)
        except KeyError as k:
            print(traceback.format_exception(k))
        traceback.print_exc(file=sys.stdout)


f()
print(repr(traceback.format_exc()))
