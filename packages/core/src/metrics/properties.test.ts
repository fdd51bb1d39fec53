/**
 * Properties that hold for every input (fast-check): metrics ignore sample order, micro-F1 equals
 * accuracy on single-label targets scored over all labels, a macro average lies between the smallest
 * and largest per-label score, and the encodings (small integers counted in one joint table, other
 * numbers by offset or Map, strings, booleans) give identical scores for the same partition of samples.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accuracyScore,
  confusionMatrix,
  f1Score,
  fbetaScore,
  precisionRecallFscoreSupport,
  precisionScore,
  recallScore,
  setWarningHandler,
} from "./index.js";

/** Paired labels 0..k-1 with optional weights. */
const pairs = (maxClass: number) =>
  fc.integer({ min: 1, max: 60 }).chain((n) =>
    fc.record({
      yTrue: fc.array(fc.integer({ min: 0, max: maxClass }), { minLength: n, maxLength: n }),
      yPred: fc.array(fc.integer({ min: 0, max: maxClass }), { minLength: n, maxLength: n }),
      weights: fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: n, maxLength: n }),
      order: fc.array(fc.nat(), { minLength: n, maxLength: n }),
    }),
  );

function permute<T>(xs: readonly T[], keys: readonly number[]): T[] {
  const idx = xs.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  return idx.map((i) => xs[i] as T);
}

function close(a: number, b: number): boolean {
  return (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

const silent = <T>(fn: () => T): T => {
  const previous = setWarningHandler(null);
  try {
    return fn();
  } finally {
    setWarningHandler(previous);
  }
};

describe("metrics ignore sample order", () => {
  it("per-label precision, recall, F and support, weighted or not", () => {
    fc.assert(
      fc.property(pairs(6), ({ yTrue, yPred, weights, order }) => {
        const a = silent(() => precisionRecallFscoreSupport(yTrue, yPred, { sampleWeight: weights }));
        const b = silent(() =>
          precisionRecallFscoreSupport(permute(yTrue, order), permute(yPred, order), {
            sampleWeight: permute(weights, order),
          }),
        );
        for (const key of ["precision", "recall", "fscore", "support"] as const) {
          expect(a[key].every((v, i) => close(v, b[key][i] as number))).toBe(true);
        }
      }),
    );
  });
  it("accuracy, averaged F1 and the confusion matrix", () => {
    fc.assert(
      fc.property(pairs(9), ({ yTrue, yPred, order }) => {
        const t = permute(yTrue, order);
        const p = permute(yPred, order);
        expect(accuracyScore(t, p)).toBe(accuracyScore(yTrue, yPred));
        expect(confusionMatrix(t, p)).toEqual(silent(() => confusionMatrix(yTrue, yPred)));
        for (const average of ["micro", "macro", "weighted"] as const) {
          expect(silent(() => f1Score(t, p, { average }))).toBe(silent(() => f1Score(yTrue, yPred, { average })));
        }
      }),
    );
  });
});

describe("micro-F1 = accuracy on single-label targets over all labels", () => {
  it("for integers, with or without weights", () => {
    fc.assert(
      fc.property(pairs(7), fc.boolean(), ({ yTrue, yPred, weights }, weighted) => {
        const sampleWeight = weighted ? weights : null;
        const micro = silent(() => f1Score(yTrue, yPred, { average: "micro", sampleWeight }));
        expect(close(micro, accuracyScore(yTrue, yPred, { sampleWeight }))).toBe(true);
        // and so are micro precision and micro recall
        expect(
          close(
            silent(() => precisionScore(yTrue, yPred, { average: "micro", sampleWeight })),
            micro,
          ),
        ).toBe(true);
        expect(
          close(
            silent(() => recallScore(yTrue, yPred, { average: "micro", sampleWeight })),
            micro,
          ),
        ).toBe(true);
      }),
    );
  });
  it("for strings", () => {
    fc.assert(
      fc.property(pairs(4), ({ yTrue, yPred }) => {
        const t = yTrue.map((k) => `c${k}`);
        const p = yPred.map((k) => `c${k}`);
        expect(
          close(
            silent(() => f1Score(t, p, { average: "micro" })),
            accuracyScore(t, p),
          ),
        ).toBe(true);
      }),
    );
  });
});

describe("a macro average lies between the smallest and largest per-label score", () => {
  it("for precision, recall and F-beta, for every zeroDivision", () => {
    fc.assert(
      fc.property(
        pairs(6),
        fc.constantFrom<"warn" | number>("warn", 0, 1, Number.NaN),
        fc.constantFrom(0.5, 1, 2),
        ({ yTrue, yPred }, zeroDivision, beta) => {
          const per = silent(() => precisionRecallFscoreSupport(yTrue, yPred, { beta, zeroDivision }));
          const macro = silent(() =>
            precisionRecallFscoreSupport(yTrue, yPred, { beta, zeroDivision, average: "macro" }),
          );
          for (const key of ["precision", "recall", "fscore"] as const) {
            const scores = per[key].filter((v) => !Number.isNaN(v));
            if (scores.length === 0) {
              expect(macro[key]).toBeNaN();
              continue;
            }
            expect(macro[key]).toBeGreaterThanOrEqual(Math.min(...scores) - 1e-15);
            expect(macro[key]).toBeLessThanOrEqual(Math.max(...scores) + 1e-15);
          }
        },
      ),
    );
  });
});

describe("every label encoding gives the same scores", () => {
  it("small integers, shifted integers, sparse integers, negative integers, strings and typed arrays agree", () => {
    fc.assert(
      fc.property(pairs(5), ({ yTrue, yPred, weights }) => {
        const score = (t: readonly (number | string)[] | Int32Array, p: readonly (number | string)[] | Int32Array) =>
          silent(() => precisionRecallFscoreSupport(t, p, { sampleWeight: weights, zeroDivision: 1 }));
        const reference = score(yTrue, yPred);
        const variants = [
          [yTrue.map((k) => k + 100), yPred.map((k) => k + 100)],
          [yTrue.map((k) => k * 1e9), yPred.map((k) => k * 1e9)],
          [yTrue.map((k) => k - 3), yPred.map((k) => k - 3)],
          [yTrue.map((k) => `label ${k}`), yPred.map((k) => `label ${k}`)],
          [Int32Array.from(yTrue), Int32Array.from(yPred)],
        ] as const;
        for (const [t, p] of variants) {
          const r = score(t, p);
          expect(r.support).toEqual(reference.support);
          expect(r.fscore.every((v, i) => close(v, reference.fscore[i] as number))).toBe(true);
          expect(r.precision.every((v, i) => close(v, reference.precision[i] as number))).toBe(true);
        }
      }),
    );
  });
  it("booleans score as 0 and 1", () => {
    fc.assert(
      fc.property(pairs(1), ({ yTrue, yPred }) => {
        const t = yTrue.map((k) => k === 1);
        const p = yPred.map((k) => k === 1);
        for (const posLabel of [0, 1] as const) {
          const expected = silent(() => fbetaScore(yTrue, yPred, { beta: 2, posLabel, zeroDivision: 0 }));
          const got = silent(() => fbetaScore(t, p, { beta: 2, posLabel: posLabel === 1, zeroDivision: 0 }));
          expect(close(got, expected)).toBe(true);
        }
      }),
    );
  });
});
