import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ICON_NAMES } from ".";

const css = readFileSync(new URL("./styles.module.css", import.meta.url), "utf8");

/** Each class rule of the style sheet with the SVG its `--icon` holds, decoded. */
const rules = [...css.matchAll(/^\.([A-Za-z]+) \{\n([^}]*)\}/gm)].map(([, name, body]) => {
  const url = /--icon: url\("data:image\/svg\+xml,([^"]*)"\);/.exec(body ?? "")?.[1];
  return { name, svg: url === undefined ? undefined : decodeURIComponent(url) };
});

describe("the icons' style sheet", () => {
  it("has a class for each icon name and no other, besides the box's", () => {
    expect(rules.map((r) => r.name).sort()).toEqual(["icon", ...ICON_NAMES].sort());
  });

  it.each(ICON_NAMES)("draws %s as one filled path in a 24 × 24 viewBox", (name) => {
    const svg = rules.find((r) => r.name === name)?.svg ?? "";
    expect(svg).toMatch(
      /^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0 0 24 24'><path d='[^']+'\/><\/svg>$/,
    );
    // The path's commands and numbers only: nothing a URL would need escaped besides the angle brackets.
    expect(/d='([^']+)'/.exec(svg)?.[1]).toMatch(/^[MmLlHhVvCcSsQqTtAaZz0-9 ,.-]+$/);
  });
});
