import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DESKTOP_MIN_WIDTH } from "./_desktopWidth";
import { CHECKED_VERSION, docusaurusFile } from "./_docusaurusSource";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("DESKTOP_MIN_WIDTH", () => {
  it("is one pixel past Docusaurus's breakpoint (theme-common's useWindowSize)", () => {
    const { version, path } = docusaurusFile("@docusaurus/theme-common", "lib/hooks/useWindowSize.js");
    const breakpoint = /const DesktopBreakpoint = (\d+);/.exec(readFileSync(path, "utf8"))?.[1];
    expect(Number(breakpoint), `${path} (Docusaurus ${version}; the site was checked against ${CHECKED_VERSION})`).toBe(
      DESKTOP_MIN_WIDTH - 1,
    );
  });

  it("is the only width the site's style sheet names (custom.css; the deferred layout's takes it from here)", () => {
    // Every @media query about the width: `(min-width: 997px)`, `(max-width: 996px)`, `(width >= 997px)`…
    const queries = [...read("../src/css/custom.css").matchAll(/@media([^{]*)\{/g)].map(([, query = ""]) => query);
    const widths = queries
      .filter((query) => /\bwidth\b/.test(query))
      .flatMap((query) => [...query.matchAll(/(\d+)px/g)].map(([, px]) => Number(px)));
    expect(widths.filter((px) => px !== DESKTOP_MIN_WIDTH && px !== DESKTOP_MIN_WIDTH - 1)).toEqual([]);
  });
});
