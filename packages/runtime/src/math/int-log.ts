// log of an int too large for a double, as CPython's loghelper: _PyLong_Frexp's mantissa
// (rounded half-even to 53 bits) and exponent, then func(m) + func(2.0) * e.
export function bigFrexp(n: bigint): [number, number] {
  const bits = n.toString(2).length;
  const shift = BigInt(bits - 55);
  let top = n >> shift;
  if ((n & ((1n << shift) - 1n)) !== 0n) top |= 1n;
  let m = Number(top) / 2 ** 55;
  let e = bits;
  if (m === 1) {
    m = 0.5;
    e += 1;
  }
  return [m, e];
}

export function bigLog(n: bigint, fn: (v: number) => number): number {
  const [m, e] = bigFrexp(n);
  return fn(m) + fn(2.0) * e;
}
