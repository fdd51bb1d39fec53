import { describe, expect, it } from "vitest";
import {
  BEFORE_FIRST_PAINT,
  deferredLayoutCss,
  PART_AFTER_SHORT_ANSWER,
  PART_AFTER_SHORT_ANSWER_GAP_PX,
  partsAfterShortAnswerOnScreen,
} from "./blocks";

/** The first-paint hold's rules in the style sheet: each one's widths, heights and first part held back. */
function holdRules() {
  const rule = new RegExp(
    String.raw`@media \(([^)]*)\) and \(([^)]*)\) \{\n  html\[${BEFORE_FIRST_PAINT}\] \.markdown > :nth-child\(n \+ (\d+) of \[data-short-answer\] ~ \*\):has\(\.katex\)`,
    "g",
  );
  return [...deferredLayoutCss().matchAll(rule)].map(([, widths = "", heights = "", first = ""]) => {
    const [, lower = "0", upper = ""] = /^(?:(\d+)px < )?height <= (\d+)px$/.exec(heights) ?? [];
    return { widths, lower: Number(lower), upper: Number(upper), first: Number(first) };
  });
}

describe("the first paint's hold", () => {
  it("counts the parts whose tops may be above a screen's bottom", () => {
    expect(partsAfterShortAnswerOnScreen(800, 800)).toBe(0);
    // 823 px: the first part after the short answer may begin at 800; the next one 40 px lower may not.
    expect(partsAfterShortAnswerOnScreen(823, 800)).toBe(1);
    expect(partsAfterShortAnswerOnScreen(800 + PART_AFTER_SHORT_ANSWER_GAP_PX, 800)).toBe(1);
    expect(partsAfterShortAnswerOnScreen(801 + PART_AFTER_SHORT_ANSWER_GAP_PX, 800)).toBe(2);
  });

  it("has a rule for every height of every width it serves, each holding back the parts after those on screen", () => {
    const rules = holdRules();
    let narrower = 0;
    for (const { maxWidth, topPx, tallestPx } of PART_AFTER_SHORT_ANSWER) {
      const widths = narrower === 0 ? `width <= ${maxWidth}px` : `${narrower}px < width <= ${maxWidth}px`;
      const mine = rules.filter((r) => r.widths === widths);
      // From no height at all to the tallest, without a gap or an overlap.
      expect(mine[0]?.lower).toBe(0);
      expect(mine.at(-1)?.upper).toBe(tallestPx);
      for (const [i, r] of mine.entries()) {
        if (i > 0) expect(r.lower).toBe(mine[i - 1]?.upper);
        // The tallest screen of the range has the most parts on it.
        expect(r.first, `${widths}, ${r.lower}-${r.upper} px`).toBe(partsAfterShortAnswerOnScreen(r.upper, topPx) + 1);
      }
      narrower = maxWidth;
    }
    expect(rules.length).toBe(
      PART_AFTER_SHORT_ANSWER.reduce((n, c) => n + 1 + (c.tallestPx - c.topPx) / PART_AFTER_SHORT_ANSWER_GAP_PX, 0),
    );
  });
});
