# math functions: range and domain errors, overflow messages
import math
for name, f in [("exp", lambda: math.exp(1000)), ("exp-", lambda: math.exp(-1000)), ("pow", lambda: math.pow(10, 400)),
                ("sqrt", lambda: math.sqrt(-1)), ("log", lambda: math.log(0)), ("log-", lambda: math.log(-1)),
                ("float**", lambda: 10.0 ** 400), ("int**float", lambda: 10 ** 400.0), ("cosh", lambda: math.cosh(1000)),
                ("ldexp", lambda: math.ldexp(1.0, 2000)), ("fact", lambda: math.factorial(-1)), ("fact2", lambda: math.factorial(2.5)),
                ("acos", lambda: math.acos(2)), ("int(inf)", lambda: int(math.inf)),
                ("isqrt", lambda: math.isqrt(-4)), ("log10", lambda: math.log10(100)), ("fsum", lambda: math.fsum([0.1] * 10)),
                ("floor-big", lambda: math.floor(1e20)), ("ceil", lambda: math.ceil(-0.5)), ("trunc", lambda: math.trunc(-2.7)),
                ("gcd0", lambda: math.gcd(0, 0)), ("copysign", lambda: math.copysign(3, -0.0)), ("hypot", lambda: math.hypot(3, 4)),
                ("mul", lambda: 1e308 * 10), ("float(big)", lambda: float(10 ** 400)), ("round-big", lambda: round(1e308, -400))]:
    try:
        print(name, f())
    except (OverflowError, ValueError, TypeError) as e:
        print(name, type(e).__name__, e)
