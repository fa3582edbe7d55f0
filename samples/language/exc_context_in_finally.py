# A finally block runs with the propagating exception as the one being handled: sys.exc_info(), and the __context__ of an exception raised there
import sys


def cleanup_sees():
    try:
        raise ValueError("a")
    finally:
        print("in finally:", repr(sys.exc_info()[1]))
        try:
            raise KeyError("b")
        except KeyError as e:
            print("context of b:", repr(e.__context__))


try:
    cleanup_sees()
except ValueError as e:
    print("caught", repr(e), "context", e.__context__)


def replaced():
    try:
        1 / 0
    finally:
        raise RuntimeError("in finally")


try:
    replaced()
except RuntimeError as e:
    print(repr(e), "context", repr(e.__context__))


def normal_exit():
    try:
        pass
    finally:
        print("no exception:", sys.exc_info())
        try:
            raise OSError("c")
        except OSError as e:
            print("context of c:", e.__context__)


normal_exit()


def swallowed():
    for _ in range(1):
        try:
            raise ValueError("dropped")
        finally:
            break
    print("after break:", sys.exc_info())


swallowed()


def handler_then_finally():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally sees", repr(sys.exc_info()[1]), "with context", repr(sys.exc_info()[1].__context__))


try:
    handler_then_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))
replaced()
