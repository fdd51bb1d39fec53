import { describe, expect, it } from "vitest";
import { setUpBrowser, siteUrl } from "./_browser";

const { open } = setUpBrowser();

/** How a result's breadcrumb names each article. */
const ARTICLE_TITLES: Record<string, string> = {
  "f1-micro-average": "Why average='micro' in f1_score",
  "sigmoid-multiclass": "Why is sigmoid not used in multi-class classification?",
  "regression-output-activation": "Why use no activation on the output for regression",
  "relu-hidden-layers": "Why is ReLU used only on hidden layers?",
};

/** A query, the section it must find (as the result names it), and where following it lands. */
interface SearchCase {
  query: string;
  section: string;
  page: string;
  anchor: string;
}

const CASES: SearchCase[] = [
  // The four queries of issue 7.
  {
    query: "micro average",
    section: "› Micro-F1 is accuracy",
    page: "f1-micro-average",
    anchor: "micro-equals-accuracy",
  },
  { query: "dying relu", section: "Dying ReLU", page: "relu-hidden-layers", anchor: "dying-relu" },
  { query: "log-sum-exp", section: "Log-softmax and log-sum-exp", page: "sigmoid-multiclass", anchor: "log-softmax" },
  {
    query: "multi-label",
    section: "Multi-label classification",
    page: "sigmoid-multiclass",
    anchor: "multi-label",
  },
  // More words readers search for.
  {
    query: "bias",
    section: "The bias already handles the offset",
    page: "regression-output-activation",
    anchor: "bias-handles-offset",
  },
  {
    query: "temperature",
    section: "Calibration and temperature scaling",
    page: "sigmoid-multiclass",
    anchor: "temperature-scaling",
  },
];

describe("offline search", () => {
  it.each(CASES)(
    "typing $query finds $section and lands on $page #$anchor",
    async ({ query, section, page: path, anchor }) => {
      const page = await open("");
      const input = page.locator("input.navbar__search-input");
      await input.click();
      await input.pressSequentially(query);
      // A result names its article in its breadcrumb and its section as its title or at the breadcrumb's end.
      const result = page.getByRole("option").filter({ hasText: ARTICLE_TITLES[path] }).filter({ hasText: section });
      await result.first().waitFor();
      await result.first().click();
      await page.waitForURL((url) => url.hash === `#${anchor}`);
      expect(new URL(page.url()).pathname).toBe(new URL(siteUrl(path)).pathname);
      // The reader lands on the section: its heading is rendered and scrolled into view, its top on screen.
      await page.locator(`[id="${anchor}"]`).waitFor();
      await page.waitForFunction((id) => {
        const r = document.getElementById(id)?.getBoundingClientRect();
        return r !== undefined && r.top >= 0 && r.top < window.innerHeight;
      }, anchor);
    },
  );
});
