/**
 * Python's formatting of numbers and labels, for texts that must read exactly like scikit-learn's
 * (`classification_report`, warning messages).
 */

import type { Label } from "./_types.js";

const view = /* @__PURE__ */ new DataView(/* @__PURE__ */ new ArrayBuffer(8));

/** The exact value of a finite double as `mantissa * 2**exponent` with a BigInt mantissa. */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

/**
 * Python's `format(x, f".{digits}f")`: the exact binary value rounded half to even.
 * JavaScript's `toFixed` rounds exact ties up (0.125 → "0.13" where Python prints "0.12"), so the
 * rounding is done here on the exact value with BigInt arithmetic.
 */
export function formatFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const negative = x < 0 || Object.is(x, -0);
  const { mantissa, exponent } = decompose(Math.abs(x));
  const scaled = mantissa * 10n ** BigInt(digits);
  let q: bigint;
  if (exponent >= 0) {
    q = scaled << BigInt(exponent);
  } else {
    const den = 1n << BigInt(-exponent);
    q = scaled / den;
    const twice = 2n * (scaled - q * den);
    if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  }
  let s = q.toString();
  if (digits > 0) {
    s = s.padStart(digits + 1, "0");
    s = `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
  }
  return negative ? `-${s}` : s;
}

/**
 * Python's `repr(float(x))`: the shortest round-trip digits (which JavaScript's `toExponential()`
 * also gives), in fixed notation for exponents -5 < e < 16 and scientific otherwise (`1e-05`, `1e+16`).
 */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const [mant = "0", expText = "0"] = Math.abs(x).toExponential().split("e");
  const digits = mant.replace(".", "");
  const e = Number(expText);
  if (e < -4 || e >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ex = Math.abs(e) < 10 ? `0${Math.abs(e)}` : String(Math.abs(e));
    return `${sign}${m}e${e < 0 ? "-" : "+"}${ex}`;
  }
  if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${digits}`;
  const intPart = digits.slice(0, e + 1).padEnd(e + 1, "0");
  const fracPart = digits.slice(e + 1) || "0";
  return `${sign}${intPart}.${fracPart}`;
}

/** Python's `str(label)` for a label as NumPy holds it: whole numbers print as integers, booleans as True/False. */
export function pyStr(label: Label): string {
  if (typeof label === "boolean") return label ? "True" : "False";
  if (typeof label === "number") return Object.is(label, -0) ? "0" : String(label);
  return label;
}

/** Python's `repr(value)` for labels and option values quoted in warnings. */
export function pyRepr(value: unknown): string {
  if (typeof value === "string") {
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = "";
    for (const ch of value) {
      if (ch === "\\") out += "\\\\";
      else if (ch === quote) out += `\\${ch}`;
      else if (ch === "\n") out += "\\n";
      else if (ch === "\r") out += "\\r";
      else if (ch === "\t") out += "\\t";
      else out += ch;
    }
    return `${quote}${out}${quote}`;
  }
  if (value === null || value === undefined) return "None";
  if (typeof value === "number" && !Number.isInteger(value)) return pyFloatRepr(value);
  return pyStr(value as Label);
}

/** Length in Unicode code points, as Python's `len` counts a `str`. */
export function pyLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Python's `format(s, f">{width}")`: right-aligned, padded by code points. */
export function padLeft(s: string, width: number): string {
  const n = pyLen(s);
  return n >= width ? s : " ".repeat(width - n) + s;
}

/** Orders strings by code point, as Python compares `str` (JavaScript's `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–U+DFFF) encode code points above U+FFFF, so they sort after U+E000–U+FFFF.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
