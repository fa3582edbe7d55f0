// Double-double arithmetic (a value is hi + lo with |lo| <= ulp(hi)/2), about 106 bits: enough
// to round libm results correctly in all but astronomically rare cases.
export type DD = readonly [number, number];

export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

const SPLITTER = 134217729; // 2**27 + 1

function split(a: number): DD {
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

export function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

export function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

export function addD(a: DD, b: number): DD {
  const [s, e] = twoSum(a[0], b);
  return quickTwoSum(s, e + a[1]);
}

export function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

export function mulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

export function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = add(a, neg(mulD(b, q1)));
  const q2 = r[0] / b[0];
  r = add(r, neg(mulD(b, q2)));
  const q3 = r[0] / b[0];
  return addD(quickTwoSum(q1, q2), q3);
}

export const neg = (a: DD): DD => [-a[0], -a[1]];

// Scaling by a power of two is exact while the result stays normal.
export const scale = (a: DD, k: number): DD => [a[0] * k, a[1] * k];

// The double nearest hi + lo (a normalized pair's hi already is, up to the final renormalization).
export const round = (a: DD): number => a[0] + a[1];
