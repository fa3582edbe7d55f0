// V8's Math.pow is not correctly rounded; glibc's pow (which CPython uses) is. For the common
// exponents (integers and halves/quarters up to 64) this nudges Math.pow's result to the
// correctly rounded double by exact rational comparison.
import { exactRational } from "./floatfmt.js";

const view = new DataView(new ArrayBuffer(8));

function neighbour(x: number, dir: 1 | -1): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(dir));
  return view.getFloat64(0);
}

type Rat = [bigint, bigint];

function powRat([n, d]: Rat, k: number): Rat {
  return k >= 0 ? [n ** BigInt(k), d ** BigInt(k)] : [d ** BigInt(-k), n ** BigInt(-k)];
}

function midpoint(a: number, b: number): Rat {
  const [an, ad] = exactRational(a);
  const [bn, bd] = exactRational(b);
  return [an * bd + bn * ad, 2n * ad * bd];
}

// sign(m**q - target) for m = num/den.
function compare(m: Rat, q: number, target: Rat): number {
  const [mn, md] = powRat(m, q);
  const lhs = mn * target[1];
  const rhs = target[0] * md;
  return lhs === rhs ? 0 : lhs > rhs ? 1 : -1;
}

export function correctlyRoundedPow(x: number, y: number, approx: number): number {
  if (x < 0 && Number.isInteger(y) && Number.isFinite(approx)) {
    const r = correctlyRoundedPow(-x, y, Math.abs(approx));
    return y % 2 === 0 ? r : -r;
  }
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(approx) || approx <= 0) return approx;
  const q = [1, 2, 4].find((k) => Number.isInteger(y * k));
  if (q === undefined || Math.abs(y * q) > 64) return approx;
  const target = powRat(exactRational(x), y * q); // true result t satisfies t**q = target
  let r = approx;
  for (let i = 0; i < 4; i++) {
    const lo = compare(midpoint(neighbour(r, -1), r), q, target);
    if (lo > 0) {
      r = neighbour(r, -1);
      continue;
    }
    const hi = compare(midpoint(r, neighbour(r, 1)), q, target);
    if (hi < 0) {
      r = neighbour(r, 1);
      continue;
    }
    // Exact ties go to the even mantissa, as IEEE rounding does.
    view.setFloat64(0, r);
    const odd = (view.getBigUint64(0) & 1n) === 1n;
    if (odd && lo === 0) r = neighbour(r, -1);
    else if (odd && hi === 0) r = neighbour(r, 1);
    break;
  }
  return r;
}
