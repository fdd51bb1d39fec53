import { describe, expect, it } from "vitest";
import { questions } from "../../data/questions";
import { closestPages } from "./closestPages";

const pages = questions.map((q) => ({ path: q.slug, title: q.title }));
const first = (path: string) => closestPages(path, pages, 1)[0]?.path;

describe("closestPages", () => {
  it("closestPages of a misspelt slug puts that slug first", () => {
    expect(first("relu-hiden-layer")).toBe("relu-hidden-layers");
    expect(first("sigmoid-multi-class")).toBe("sigmoid-multiclass");
    expect(first("f1-micro-averages.html")).toBe("f1-micro-average");
    expect(first("docs/regression-output-activations")).toBe("regression-output-activation");
  });

  it("closestPages of a reworded path matches on the title's words", () => {
    expect(first("softmax-vs-sigmoid")).toBe("sigmoid-multiclass");
    expect(first("f1-score-averages")).toBe("f1-micro-average");
  });

  it("closestPages of an unrelated path returns the first pages in their order", () => {
    expect(closestPages("zzzz", pages, 2).map((p) => p.path)).toEqual(pages.slice(0, 2).map((p) => p.path));
  });
});
