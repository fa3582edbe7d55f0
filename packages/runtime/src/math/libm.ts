// The C library functions behind math and random. V8's Math.* (fdlibm) is up to 1 ulp off for
// a few percent of inputs, while glibc's are nearly always correctly rounded, so the common
// ones are computed here in double-double and rounded once (see correct.ts, trig.ts).
import { crAcosh, crAsinh, crCosh, crExp, crLog, crLog2, crPow, crSinh } from "./correct.js";
import { crAcos, crAsin, crAtan, crAtan2, crCos, crSin, crTan } from "./trig.js";

export const sqrt = Math.sqrt;
export const log = crLog;
export const exp = crExp;
export const pow = crPow;
export const sin = crSin;
export const cos = crCos;
export const tan = crTan;
export const asin = crAsin;
export const acos = crAcos;
export const atan = crAtan;
export const log2 = crLog2;
export const sinh = crSinh;
export const cosh = crCosh;
export const asinh = crAsinh;
export const acosh = crAcosh;
export const atan2 = crAtan2;
// glibc runs fdlibm's algorithms for these, as V8 does: Math.* agrees with it.
export const log10 = Math.log10;
export const log1p = Math.log1p;
export const expm1 = Math.expm1;
export const tanh = Math.tanh;
export const atanh = Math.atanh;
