import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectClose, isClose } from "../../test/close.js";
import { torchFixtures } from "../../test/torchFixtures.js";
import { logSoftmax, logSumExp, softmax } from "./index.js";

const finiteRow = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 40 });
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe("softmax and logSoftmax match PyTorch float64 (fixtures/torch.json)", () => {
  for (const c of torchFixtures.softmax) {
    const label = `${JSON.stringify(c.x).replaceAll('"', "")}, axis ${c.axis}`;
    it(`softmax(${label})`, () => expectClose(softmax(c.x, { axis: c.axis }), c.softmax));
    it(`logSoftmax(${label})`, () => expectClose(logSoftmax(c.x, { axis: c.axis }), c.logSoftmax));
  }
  for (const c of torchFixtures.logSumExp) {
    it(`logSumExp(${JSON.stringify(c.x).replaceAll('"', "")})`, () => expectClose(logSumExp(c.x), c.value));
  }
});

describe("special values, by hand", () => {
  it("softmax([1000, 999, 998]) stays finite", () => {
    expectClose(softmax([1000, 999, 998]), [0.6652409557748218, 0.2447284710547976, 0.09003057317038045]);
  });

  it("logSoftmax([-1000, 1000]) stays finite", () => {
    expect(logSoftmax([-1000, 1000])).toEqual([-2000, 0]);
  });

  it("softmax gives -Infinity entries probability 0", () => {
    expect(softmax([Number.NEGATIVE_INFINITY, 0])).toEqual([0, 1]);
    expect(logSoftmax([Number.NEGATIVE_INFINITY, 0])).toEqual([Number.NEGATIVE_INFINITY, 0]);
  });

  it("a NaN anywhere makes the whole row NaN, other rows untouched", () => {
    const [bad, good] = softmax([
      [Number.NaN, 1],
      [0, 0],
    ]);
    expect(bad).toEqual([Number.NaN, Number.NaN]);
    expect(good).toEqual([0.5, 0.5]);
  });

  it("a row of only -Infinity is NaN, as in torch", () => {
    expect(softmax([Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY])).toEqual([Number.NaN, Number.NaN]);
  });

  it("logSumExp([]) is -Infinity and logSumExp of -Infinity entries is -Infinity", () => {
    expect(logSumExp([])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([Number.NEGATIVE_INFINITY])).toBe(Number.NEGATIVE_INFINITY);
    expect(logSumExp([Number.POSITIVE_INFINITY, 1])).toBe(Number.POSITIVE_INFINITY);
    expect(logSumExp([Number.NaN, 1])).toBeNaN();
  });

  it("softmax([]) is []", () => {
    expect(softmax([])).toEqual([]);
  });
});

describe("shapes, kinds and axes", () => {
  it("Float64Array in, Float64Array out; Float32Array in, Float32Array out", () => {
    const y = softmax(new Float64Array([1, 2, 3]));
    expect(y).toBeInstanceOf(Float64Array);
    expectClose(y, softmax([1, 2, 3]));
    expect(logSoftmax(new Float32Array([1, 2]))).toBeInstanceOf(Float32Array);
    expect(logSumExp(new Float64Array([0, 0]))).toBe(Math.LN2);
  });

  it("axis 0 normalises columns; -1 and 1 normalise rows", () => {
    const x = [
      [1, 2],
      [3, 5],
    ];
    const cols = softmax(x, { axis: 0 });
    expectClose([cols[0]?.[0], cols[1]?.[0]], softmax([1, 3]));
    expectClose([cols[0]?.[1], cols[1]?.[1]], softmax([2, 5]));
    expect(softmax(x, { axis: 1 })).toEqual(softmax(x));
    expect(softmax(x, { axis: -1 })).toEqual([softmax([1, 2]), softmax([3, 5])]);
  });

  it("does not modify its input", () => {
    const x = new Float64Array([3, 1]);
    softmax(x);
    expect(Array.from(x)).toEqual([3, 1]);
  });
});

describe("properties", () => {
  it("softmax rows sum to 1", () => {
    fc.assert(fc.property(finiteRow, (x) => Math.abs(sum(softmax(x)) - 1) < 1e-12));
  });

  it("softmax is shift-invariant", () => {
    fc.assert(
      fc.property(finiteRow, fc.double({ min: -100, max: 100, noNaN: true }), (x, c) => {
        const a = softmax(x);
        const b = softmax(x.map((v) => v + c));
        return a.every((v, i) => Math.abs(v - (b[i] as number)) <= 1e-12 + 1e-9 * v);
      }),
    );
  });

  it("exp(logSoftmax(x)) = softmax(x)", () => {
    fc.assert(
      fc.property(finiteRow, (x) => {
        const p = softmax(x);
        return logSoftmax(x).every((v, i) => isClose(Math.exp(v), p[i] as number, { rtol: 1e-12, atol: 1e-300 }));
      }),
    );
  });

  it("logSoftmax(x) = x − logSumExp(x)", () => {
    fc.assert(
      fc.property(finiteRow, (x) => {
        const lse = logSumExp(x);
        return logSoftmax(x).every((v, i) => isClose(v, (x[i] as number) - lse, { rtol: 1e-12, atol: 1e-12 }));
      }),
    );
  });

  it("matrix softmax equals softmax of each row, and of each column with axis 0", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((w) =>
          fc.array(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: w, maxLength: w }), {
            minLength: 1,
            maxLength: 5,
          }),
        ),
        (m) => {
          const rows = softmax(m);
          const cols = softmax(m, { axis: 0 });
          const ok1 = m.every((row, r) => row.every((_, c) => rows[r]?.[c] === softmax(row)[c]));
          const ok2 = (m[0] as number[]).every((_, c) => {
            const col = softmax(m.map((row) => row[c] as number));
            return m.every((_, r) => isClose(cols[r]?.[c] as number, col[r] as number, { rtol: 1e-15, atol: 0 }));
          });
          return ok1 && ok2;
        },
      ),
    );
  });
});

describe("bad input throws typed errors", () => {
  it("a ragged matrix", () => {
    expect(() => softmax([[1], [1, 2]])).toThrowErrorMatchingInlineSnapshot(
      `[ShapeError: softmax: x must have rows of equal length; got lengths 1 and 2.]`,
    );
  });

  it("an axis that the shape does not have", () => {
    expect(() => softmax([1, 2], { axis: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: softmax: axis must be one of -1 | 0; got 1.]`,
    );
    expect(() => logSoftmax([[1, 2]], { axis: 2 as 1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: logSoftmax: axis must be one of -1 | 0 | 1; got 2.]`,
    );
    expect(() => softmax([1, 2], { dim: 0 } as object)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: softmax: option names must be one of "axis"; got "dim".]`,
    );
  });

  it("non-numeric input", () => {
    expect(() => softmax("1, 2" as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: softmax: x must be a vector (number[], Float64Array or Float32Array) or a matrix (array of equal-length rows); got "1, 2".]`,
    );
    expect(() => softmax([1, undefined] as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: softmax: x[1] must be a number; got undefined.]`,
    );
    expect(() => logSumExp([[1, 2]] as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: logSumExp: x[0] must be a number; got [1, 2].]`,
    );
    expect(() => logSumExp(null as unknown as number[])).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: logSumExp: x must be a vector (number[], Float64Array or Float32Array); got null.]`,
    );
  });
});
