import { describe, expect, it } from "vitest";
import redirects from "./anchorRedirects.json";
import { resolveAnchor } from "./resolveAnchor";

describe("resolveAnchor", () => {
  it("resolveAnchor follows a chain of redirects across pages", () => {
    const map = { "a#old": "a#newer", "a#newer": "b#newest" };
    expect(resolveAnchor("a", "old", map)).toEqual({ page: "b", id: "newest" });
  });

  it("resolveAnchor of an anchor with no redirect is undefined", () => {
    expect(resolveAnchor("a", "kept", { "a#old": "a#new" })).toBeUndefined();
  });

  it("resolveAnchor of a cycle throws", () => {
    expect(() => resolveAnchor("a", "x", { "a#x": "a#y", "a#y": "a#x" })).toThrowErrorMatchingInlineSnapshot(
      `[Error: resolveAnchor: anchor redirects form a cycle through "a#x".]`,
    );
  });

  it("the committed map has no cycle and every entry names a page and an anchor", () => {
    const map: Record<string, string> = redirects;
    for (const [from, to] of Object.entries(map)) {
      expect(from).toMatch(/^[^#]*#.+$/);
      expect(to).toMatch(/^[^#]*#.+$/);
      expect(() => resolveAnchor(from.split("#")[0] ?? "", from.split("#")[1] ?? "", map)).not.toThrow();
    }
  });
});
