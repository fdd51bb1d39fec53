/**
 * Deterministic `log`, `exp`, `sin` and `cos` for the data generators.
 *
 * ECMAScript leaves `Math.log`, `Math.exp`, `Math.sin` and `Math.cos` "implementation-approximated": engines may
 * differ in the last bit. The data sets must be identical in every browser and in Node, so these use
 * only `+ - * /`, which IEEE 754 rounds the same way everywhere. Accuracy is within a few ulps, which is
 * all a random-number transform needs.
 */

// ln 2 split in a high part with trailing zero bits and a low correction, as in fdlibm's e_log.c,
// so that `e * LN2_HI` is exact for the exponents that occur here.
const LN2_HI = 0x162e42fee / 2 ** 33; // 6.93147180369123816490e-01
const LN2_LO = 1.9082149292705877e-10;

/**
 * Natural logarithm of a positive finite `x`, from `+ - * /` only.
 * Writes `x = m * 2^e` with `m` in [√½, √2) (scaling by 2 is exact), then
 * `log m = 2 atanh(t) = 2 (t + t³/3 + t⁵/5 + …)` with `t = (m − 1)/(m + 1)`, `|t| ≤ 0.172`;
 * twelve terms leave a truncation error below 1e-18.
 */
export function detLog(x: number): number {
  let m = x;
  let e = 0;
  while (m < Math.SQRT1_2) {
    m *= 2;
    e -= 1;
  }
  while (m >= Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  const t = (m - 1) / (m + 1);
  const t2 = t * t;
  let s = 1 / 23;
  for (let k = 21; k >= 1; k -= 2) s = 1 / k + t2 * s;
  return e * LN2_HI + (2 * t * s + e * LN2_LO);
}

/** 2^k for an integer |k| ≤ 1022, by repeated squaring of 2 or ½: every product is a power of two, so exact. */
function pow2(k: number): number {
  let base = k < 0 ? 0.5 : 2;
  let e = Math.abs(k);
  let out = 1;
  while (e > 0) {
    if (e % 2 === 1) out *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return out;
}

/**
 * e^x from `+ - * /` only, as fdlibm's e_exp.c reduces it: `x = k ln 2 + r` with k an integer and
 * |r| ≤ ½ ln 2 (ln 2 split in {@link LN2_HI} + {@link LN2_LO} so `r` keeps its low bits), then
 * `e^r` by its Taylor series to r¹⁸ (next term < 1e-23) and the exact scaling by 2^k. Underflows to 0 below
 * −745.2 and overflows to Infinity above 709.8, as `Math.exp`.
 */
export function detExp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > 709.782712893384) return Number.POSITIVE_INFINITY;
  if (x < -745.1332191019412) return 0;
  const k = Math.round(x / (LN2_HI + LN2_LO));
  const r = x - k * LN2_HI - k * LN2_LO;
  let s = INV_FACT[18] as number;
  for (let n = 17; n >= 0; n--) s = (INV_FACT[n] as number) + r * s;
  // Two factors, so each stays a normal number; only the last product may round into the subnormals.
  const half = Math.trunc(k / 2);
  return s * pow2(half) * pow2(k - half);
}

// π/2 split as in fdlibm's k_rem_pio2 (pio2_1 + pio2_1t), so `x − π/2` keeps its low bits.
const PIO2_HI = 0x1921fb544 / 2 ** 32; // 1.57079632673412561417e+00
const PIO2_LO = 6.077100506506192e-11;

// Taylor coefficients 1/n!, computed once by division (deterministic).
const INV_FACT: number[] = [1];
for (let n = 1; n <= 25; n++) INV_FACT.push((INV_FACT[n - 1] as number) / n);

/** sin(r) for |r| ≤ π/2 + 1e-9: Taylor series to r²³ (next term < 1e-20). */
function sinReduced(r: number): number {
  const r2 = r * r;
  let s = 0;
  for (let n = 23; n >= 3; n -= 2) s = (n % 4 === 1 ? 1 : -1) * (INV_FACT[n] as number) + r2 * s;
  return r + r * r2 * s;
}

/** cos(r) for |r| ≤ π/2 + 1e-9: Taylor series to r²⁴. */
function cosReduced(r: number): number {
  const r2 = r * r;
  let s = 0;
  for (let n = 24; n >= 2; n -= 2) s = (n % 4 === 0 ? 1 : -1) * (INV_FACT[n] as number) + r2 * s;
  return 1 + r2 * s;
}

/** sin(x) for x in [0, π], from `+ - * /` only: sin(x) = cos(x − π/2). */
export function detSin(x: number): number {
  return cosReduced(x - PIO2_HI - PIO2_LO);
}

/** cos(x) for x in [0, π], from `+ - * /` only: cos(x) = −sin(x − π/2). */
export function detCos(x: number): number {
  return -sinReduced(x - PIO2_HI - PIO2_LO);
}
