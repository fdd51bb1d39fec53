import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { setUpBrowser, sitemapPaths, siteUrl } from "./_browser";

const buildDir = inject("buildDir");
const paths = sitemapPaths();
const files = readdirSync(buildDir, { recursive: true, encoding: "utf8" }).map((f) => join(buildDir, f));
const htmlFiles = files.filter((f) => f.endsWith(".html"));
const cssFiles = files.filter((f) => f.endsWith(".css"));

/** The policy of a built page, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(content, "no Content-Security-Policy meta").toBeDefined();
  return new Map(
    (content ?? "")
      .replace(/&quot;/g, '"')
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

const { newPage } = setUpBrowser();

/** A page of the site that records its CSP violations (`directive blockedURI`), from its first script on. */
async function openRecordingViolations(path: string, options: Parameters<typeof newPage>[0] = {}): Promise<Page> {
  const page = await newPage(options);
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(siteUrl(path));
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  return page;
}

const violationsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe("Content-Security-Policy", () => {
  it("every built page but client-redirect stubs carries the policy, before any script", () => {
    const pages = htmlFiles.filter((f) => !/<meta http-equiv="refresh"/i.test(readFileSync(f, "utf8")));
    expect(pages.length).toBeGreaterThanOrEqual(paths.length);
    for (const file of pages) {
      const html = readFileSync(file, "utf8");
      const at = html.indexOf('http-equiv="Content-Security-Policy"');
      expect(at, relative(buildDir, file)).toBeGreaterThan(0);
      expect(html.indexOf("<script"), relative(buildDir, file)).toBeGreaterThan(at);
    }
  });

  it("lets pages connect only to their own origin and run only the site's own scripts", () => {
    const policy = policyOf(readFileSync(join(buildDir, "index.html"), "utf8"));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    for (const directive of ["script-src", "style-src", "font-src", "img-src", "worker-src", "frame-src"]) {
      const sources = policy.get(directive) ?? [];
      expect(sources, directive).toContain("'self'");
      // Only keywords, hashes and local schemes: no host anywhere.
      for (const s of sources) expect(s, `${directive} ${s}`).toMatch(/^('[^']+'|data:|blob:)$/);
    }
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("the playground's sandboxed runner page (when built) may run Blob workers but connect nowhere", () => {
    const runners = htmlFiles.filter((f) => /assets\/playground\/runner\.[^/]+\.html$/.test(f));
    for (const file of runners) {
      const policy = policyOf(readFileSync(file, "utf8"));
      expect(policy.get("default-src")).toEqual(["'none'"]);
      expect(policy.get("connect-src")).toEqual(["'none'"]);
      expect(policy.get("worker-src")).toEqual(["blob:"]);
    }
  });

  it("no page or stylesheet references a third-party script, stylesheet or font", () => {
    const offenders: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(file, "utf8");
      for (const [tag] of html.matchAll(/<(script|link|iframe|img|source)\b[^>]*>/gi)) {
        const url = /\s(?:src|href)=["']?((?:https?:)?\/\/[^"'\s>]+)/i.exec(tag)?.[1];
        // rel=canonical/alternate links name the public site itself; they load nothing.
        if (url && !/\srel=["']?(canonical|alternate)\b/i.test(tag))
          offenders.push(`${relative(buildDir, file)}: ${tag}`);
      }
    }
    for (const file of cssFiles) {
      const css = readFileSync(file, "utf8");
      for (const [ref] of css.matchAll(/(@import\s+(url\()?|url\()\s*["']?(https?:)?\/\/[^)"'\s]+/gi)) {
        offenders.push(`${relative(buildDir, file)}: ${ref}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  // Every page any browser test opens is checked for violations already: each is a console error, and the
  // watch on every page (setUpBrowser) fails the test on one (pages.test.ts proves it does). Here, the two
  // things a reader does that load more code: search (its bar, and the index in a worker) and copy. They
  // are the same components on every page, so one page of each kind does them, not all of them again.
  it.each(["", "relu-hidden-layers", "reference/api/metrics", "search"])(
    "/%s loads, searches and copies with no CSP violation",
    async (path) => {
      expect(paths).toContain(path);
      const page = await openRecordingViolations(path, { clipboard: true });
      // Open search, which loads the index in a worker, and use every copy button.
      await page.locator(".navbar__search-input").first().fill("softmax");
      await page.getByRole("option").first().waitFor();
      // Heading buttons show on hover only, so click them from script rather than with the pointer.
      for (const button of await page.locator("[data-copy-button]").all())
        await button.evaluate((b) => (b as HTMLElement).click());
      expect(await violationsOf(page)).toEqual([]);
    },
  );

  it("the policy is enforced: a request to another origin is blocked and reported", async () => {
    // Unwatched: the blocked request and the browser's report of it are the point.
    const page = await openRecordingViolations("", { watch: false });
    // Another port is another origin; the request never leaves the machine even if the policy failed.
    const outcome = await page.evaluate(() =>
      fetch("http://127.0.0.1:9/").then(
        () => "fetched",
        () => "blocked",
      ),
    );
    expect(outcome).toBe("blocked");
    expect(await violationsOf(page)).toContainEqual(expect.stringMatching(/^connect-src /));
  });
});
