# Random doubles x random precisions for f/e/g/%/'' formats and round():
# python3 gen_format_random.py > format_random.json
import json, random, struct
random.seed(11)
rows = []
for _ in range(1500):
    kind = random.random()
    if kind < 0.3:
        x = struct.unpack("d", struct.pack("Q", random.getrandbits(64)))[0]
        if x != x or abs(x) == float("inf"): continue
    elif kind < 0.6:
        x = round(random.uniform(-1000, 1000), random.randint(0, 4)) + random.choice([0, 0.5, 0.25, 0.125, 0.005])
    else:
        x = random.uniform(-1, 1) * 10 ** random.randint(-12, 22)
    t = random.choice("feg%") if random.random() < 0.85 else ""
    p = random.randint(0, 20)
    spec = f".{p}{t}"
    nd = random.randint(-5, 12)
    rows.append([x.hex(), spec, format(x, spec), nd, repr(round(x, nd))])
print(json.dumps(rows))
