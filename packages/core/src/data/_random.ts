import type { Rng } from "./createRng.js";

/** Shuffles `array` in place with Fisher–Yates (Durstenfeld's version) and returns it. */
export function shuffleInPlace<T>(rng: Rng, array: T[]): T[] {
  for (let i = array.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = array[i] as T;
    array[i] = array[j] as T;
    array[j] = tmp;
  }
  return array;
}

/** A random permutation of 0..n-1. */
export function permutation(rng: Rng, n: number): number[] {
  return shuffleInPlace(
    rng,
    Array.from({ length: n }, (_, i) => i),
  );
}

/** A uniform number in [low, high). */
export function uniform(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng.next();
}

/** A Poisson draw with mean `lam`: the number of arrivals of a unit-rate process in [0, lam]. */
export function poisson(rng: Rng, lam: number, log: (x: number) => number): number {
  let k = 0;
  let t = 0;
  for (;;) {
    // Exponential waiting time −log(1 − u), with 1 − u in (0, 1].
    t -= log(1 - rng.next());
    if (t > lam) return k;
    k += 1;
  }
}
