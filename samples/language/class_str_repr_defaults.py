# str() falls back to __repr__; print and f-strings use __str__, containers use __repr__; !r and !s
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class Both:
    def __str__(self):
        return "nice"

    def __repr__(self):
        return "Both()"


print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(Both(), str(Both()), repr(Both()), [Both()], (Both(),), {"k": Both()})
print(f"{Both()} {Both()!r} {OnlyRepr()!s}", "%s %r" % (Both(), Both()))
