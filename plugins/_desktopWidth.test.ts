import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DESKTOP_MIN_WIDTH } from "./_desktopWidth";
import { CHECKED_VERSION, docusaurusFile } from "./_docusaurusSource";
import { deferredLayoutCss } from "./deferred-layout/blocks";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("DESKTOP_MIN_WIDTH", () => {
  it("is one pixel past Docusaurus's breakpoint (theme-common's useWindowSize)", () => {
    const { version, path } = docusaurusFile("@docusaurus/theme-common", "lib/hooks/useWindowSize.js");
    const breakpoint = /const DesktopBreakpoint = (\d+);/.exec(readFileSync(path, "utf8"))?.[1];
    expect(Number(breakpoint), `${path} (Docusaurus ${version}; the site was checked against ${CHECKED_VERSION})`).toBe(
      DESKTOP_MIN_WIDTH - 1,
    );
  });

  it("is the one the site-wide style sheets write out (custom.css, the deferred layout's)", () => {
    const sheets = read("../src/css/custom.css") + deferredLayoutCss();
    const widths = [...sheets.matchAll(/\((?:min|max)-width: (\d+)px\)/g)].map(([, w]) => Number(w));
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((w) => w !== DESKTOP_MIN_WIDTH)).toEqual([]);
  });
});
