// A value that the server render has at once and the browser loads when it first needs it: an example's
// text, its recorded output, a Python twin, the chart renderer. The browser's handles (plugins/playground's
// loaders) carry a `load()`; the server's values are the things themselves. One `Lazy` per handle, so a
// text loaded for the early Run is the one the editor opens with, fetched once.
import { useEffect, useState } from "react";

/** A value that is here (`now()`), or that `load()` brings. */
export interface Lazy<T> {
  /** The value if it is here, else `undefined`. */
  now(): T | undefined;
  /** The value, loaded once; after a failed load the next call tries again. */
  load(): Promise<T>;
}

/** A value that is already here. */
export function ready<T>(value: T): Lazy<T> {
  const loaded = Promise.resolve(value);
  return { now: () => value, load: () => loaded };
}

/**
 * A value loaded by `load` on first need, and kept.
 * @example
 * const text = lazy(() => import("./big.ts?raw-text").then((m) => m.default));
 * text.now() //=> undefined, until `await text.load()`
 */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let value: { v: T } | null = null;
  let loading: Promise<T> | null = null;
  return {
    now: () => value?.v,
    load() {
      loading ??= load().then(
        (v) => {
          value = { v };
          return v;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

/** The values of `lazies`, loaded together, by key. */
export function all<T>(lazies: Record<string, Lazy<T>>): Lazy<Record<string, T>> {
  const entries = Object.entries(lazies);
  const collect = (): Record<string, T> | undefined => {
    const out: Record<string, T> = {};
    for (const [k, l] of entries) {
      const v = l.now();
      if (v === undefined) return undefined;
      out[k] = v;
    }
    return out;
  };
  // Once every part is here, the same object each time: components compare it by identity.
  let whole: Record<string, T> | undefined;
  const now = () => {
    whole ??= collect();
    return whole;
  };
  return {
    now,
    load: async () => {
      await Promise.all(entries.map(([, l]) => l.load()));
      return now() as Record<string, T>;
    },
  };
}

/**
 * The value of `value` for rendering: at once when it is here, else `undefined` while it loads, and a
 * re-render when it has. `null` asks for nothing. A failed load is thrown to the nearest error boundary,
 * as React.lazy does.
 */
export function useLazy<T>(value: Lazy<T> | null): T | undefined {
  const [, setLoaded] = useState(0);
  const [error, setError] = useState<{ e: unknown } | null>(null);
  useEffect(() => {
    if (!value || value.now() !== undefined) return;
    let live = true;
    value.load().then(
      () => live && setLoaded((n) => n + 1),
      (e: unknown) => live && setError({ e }),
    );
    return () => {
      live = false;
    };
  }, [value]);
  if (error) throw error.e;
  return value?.now();
}
