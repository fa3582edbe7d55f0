# Records CPython's repr of floats and strings: python3 gen_repr.py > repr.json
import json, random, struct
random.seed(7)
floats = [0.1, 2.0, 1e16, 1e-05, 1.5e-07, -0.0, 0.0, 123456789012345.0, 1e22, 1234567890123456.0, 9999999999999998.0,
          0.0001, 0.00001234, 5e-324, 1.7976931348623157e308, 1e15, 1e-4, 0.3, 1/3, 2/3, 100.0, 1e21, 1e-7, 123.456, -1.5, 2.5e-5]
for _ in range(300):
    floats.append(struct.unpack("d", struct.pack("Q", random.getrandbits(64)))[0])
for _ in range(200):
    floats.append(random.uniform(-1e6, 1e6) * 10 ** random.randint(-30, 30))
floats = [f for f in floats if f == f and abs(f) != float("inf")]
strings = ["", "a", "'", '"', "'\"", "a'b", 'a"b', "\\", "\n\t\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é", "日本", "\u2028\u2029", "\U0001f600",
           "\ud800", "\udfff", "\ufeff", "\u200b", "\u00ff", "\u0378", "\ue000", "\U000f0000", "\U0010ffff", "a\\'b"]
print(json.dumps({"floats": [[repr(f), f.hex()] for f in floats], "strings": [[s.encode("utf-16", "surrogatepass").hex(), repr(s), ascii(s)] for s in strings]}))
