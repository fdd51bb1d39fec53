import { describe, expect, it } from "vitest";
import { woff2Only, woff2Sources } from "./woff2Only";

describe("woff2Sources", () => {
  it("keeps the WOFF2 source of KaTeX's three", () => {
    expect(
      woff2Sources(
        'url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")',
      ),
    ).toBe('url(fonts/KaTeX_AMS-Regular.woff2) format("woff2")');
  });

  it("keeps every WOFF2 source and local() fonts, in their order", () => {
    expect(woff2Sources("local(Foo), url(a.woff2) format('woff2'), url(b.woff2) format(woff2), url(c.ttf)")).toBe(
      "local(Foo), url(a.woff2) format('woff2'), url(b.woff2) format(woff2)",
    );
  });

  it("knows a WOFF2 file by its format (variable fonts too) or, without one, by its extension", () => {
    expect(woff2Sources('url(v.woff2) format("woff2-variations"), url(a.woff2), url(a.ttf) format("truetype")')).toBe(
      'url(v.woff2) format("woff2-variations"), url(a.woff2)',
    );
    expect(woff2Sources('url("a.woff2?v=1"), url(a.woff)')).toBe('url("a.woff2?v=1")');
  });

  it("splits only at commas outside parentheses and quotes", () => {
    expect(woff2Sources('url("a,b.woff2") format("woff2"), url(data:font/woff;base64,AA,BB) format("woff")')).toBe(
      'url("a,b.woff2") format("woff2")',
    );
  });

  it("returns a src without WOFF2, or one it cannot split, as it is", () => {
    expect(woff2Sources('url(a.woff) format("woff"), url(a.ttf) format("truetype")')).toBe(
      'url(a.woff) format("woff"), url(a.ttf) format("truetype")',
    );
    expect(woff2Sources('url(a.woff2 format("woff2"), url(b.woff)')).toBe('url(a.woff2 format("woff2"), url(b.woff)');
    expect(woff2Sources('url(a.woff2)) format("woff2"), url(b.woff) (')).toBe(
      'url(a.woff2)) format("woff2"), url(b.woff) (',
    );
  });
});

describe("woff2Only", () => {
  it("rewrites each src of an @font-face rule", () => {
    const decls = [{ value: 'url(a.woff2) format("woff2"), url(a.woff) format("woff")' }, { value: "url(b.ttf)" }];
    woff2Only.AtRule["font-face"]({
      walkDecls: (prop, visit) => {
        expect(prop).toBe("src");
        for (const d of decls) visit(d);
      },
    });
    expect(decls.map((d) => d.value)).toEqual(['url(a.woff2) format("woff2")', "url(b.ttf)"]);
  });
});
