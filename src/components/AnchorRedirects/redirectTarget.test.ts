import { describe, expect, it } from "vitest";
import { apiAnchorRedirects } from "../ApiReference/apiPages";
import committed from "./anchorRedirects.json";
import { REDIRECTED_PAGES } from "./redirectedPages";
import { redirectTarget } from "./redirectTarget";

const apiPages = { "reference/api/softmax": ["softmax", "logSoftmax"], "reference/api/errors": ["ShapeError"] };

describe("redirectTarget", () => {
  it('redirectTarget("reference/api", "softmax", pages) lands on the module page of softmax', () => {
    expect(redirectTarget("reference/api", "softmax", apiPages)).toEqual({
      page: "reference/api/softmax",
      id: "softmax",
    });
  });

  it("redirectTarget follows the committed redirects", () => {
    for (const [from, to] of Object.entries(committed)) {
      const [page = "", id = ""] = from.split("#");
      const target = redirectTarget(page, id, apiPages);
      expect(target && `${target.page}#${target.id}`).toBe(to);
    }
  });

  it("redirectTarget of an anchor that did not move is undefined", () => {
    expect(redirectTarget("reference/api", "not-an-export", apiPages)).toBeUndefined();
  });
});

describe("REDIRECTED_PAGES", () => {
  it("holds the page of every redirect, so the map is loaded wherever one may apply", () => {
    const from = Object.keys({ ...apiAnchorRedirects(apiPages), ...committed }).map((key) => key.split("#")[0]);
    expect(from.length).toBeGreaterThan(Object.keys(committed).length);
    for (const page of from) expect(REDIRECTED_PAGES.has(page ?? ""), page).toBe(true);
  });
});
