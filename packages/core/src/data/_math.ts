/**
 * Deterministic `log`, `sin` and `cos` for the data generators.
 *
 * ECMAScript leaves `Math.log`, `Math.sin` and `Math.cos` "implementation-approximated": engines may
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
