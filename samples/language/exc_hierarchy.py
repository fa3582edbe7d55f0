# the builtin exception hierarchy: catching by a base class, and the bases of common exceptions
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (FileNotFoundError, OSError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ValueError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (StopIteration, Exception),
    (TimeoutError, OSError), (BrokenPipeError, ConnectionError), (UnicodeDecodeError, ValueError),
]
for child, parent in pairs:
    print(child.__name__, parent.__name__, issubclass(child, parent))
print([c.__name__ for c in ZeroDivisionError.__mro__])
for error in [KeyError("k"), ZeroDivisionError(), FileNotFoundError("f")]:
    try:
        raise error
    except (LookupError, ArithmeticError, OSError) as caught:
        print("caught", type(caught).__name__, caught is error)
