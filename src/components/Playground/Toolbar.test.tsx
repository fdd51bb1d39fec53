import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FONT_ICON } from "./fontIcon";
import Toolbar from "./Toolbar";

/** Every element named `tag` in the tree, in document order. */
function elements(node: Root | Element, tag: string): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === tag) found.push(child);
    found.push(...elements(child, tag));
  }
  return found;
}

/** The text of an element. */
function text(node: Element): string {
  return node.children.map((c) => (c.type === "text" ? c.value : c.type === "element" ? text(c) : "")).join("");
}

function buttons(html: string) {
  return elements(fromHtml(html, { fragment: true }), "button").map((b) => ({
    text: text(b).trim(),
    title: String(b.properties.title ?? ""),
    ariaLabel: String(b.properties.ariaLabel ?? ""),
    ariaDisabled: b.properties.ariaDisabled,
    disabled: b.properties.disabled === true,
    // A drawn icon (src/components/Icon: a named box holding an <svg>), hidden from screen readers.
    icons: elements(b, "span").filter(
      (s) => s.properties.dataIcon && s.properties.ariaHidden === "true" && elements(s, "svg").length === 1,
    ).length,
  }));
}

const STATIC = renderToString(<Toolbar id="demo" title="Demo" onRun={() => {}} live={null} />);
const LIVE = renderToString(
  <Toolbar
    id="demo"
    title="Demo"
    onRun={() => {}}
    live={{
      running: true,
      onStop: () => {},
      changed: true,
      onReset: () => {},
      files: { "demo.ts": "" },
      entry: "demo.ts",
      coreUrl: "/core.js",
      apiUrl: "/api.d.ts",
    }}
  />,
);

describe("<Toolbar>", () => {
  it.each([
    ["server-rendered", STATIC],
    ["loaded", LIVE],
  ])("%s: every button shows a drawn icon hidden from screen readers, and no font-drawn symbol", (_, html) => {
    const found = buttons(html);
    expect(found.map((b) => b.text)).toEqual(["Run (Ctrl+Enter)", "Stop", "Reset", "Share", "Export for CodeSandbox"]);
    for (const b of found) {
      expect(b.icons, b.text).toBe(1);
      expect(`${b.text} ${b.title} ${b.ariaLabel}`, b.text).not.toMatch(FONT_ICON);
    }
  });

  it("has the same buttons, labels and titles before and after the editor loads", () => {
    const shape = (html: string) =>
      buttons(html).map(({ text, title, ariaLabel, icons }) => ({ text, title, ariaLabel, icons }));
    expect(shape(STATIC)).toEqual(shape(LIVE));
  });

  it("server-rendered: Run works, the other buttons are announced as disabled and stay focusable", () => {
    const found = buttons(STATIC);
    expect(found.map((b) => [b.text, b.ariaDisabled])).toEqual([
      ["Run (Ctrl+Enter)", undefined],
      ["Stop", "true"],
      ["Reset", "true"],
      ["Share", "true"],
      ["Export for CodeSandbox", "true"],
    ]);
    expect(found.some((b) => b.disabled)).toBe(false);
    // Loaded, with a run going and edits made, each of them is enabled.
    expect(buttons(LIVE).map((b) => b.ariaDisabled)).toEqual([undefined, "false", "false", "false", "false"]);
  });

  it("FONT_ICON matches the symbols the toolbar used to draw with fonts, and not plain labels", () => {
    for (const symbol of ["🔗", "▶", "■", "↺", "⤓"]) expect(symbol).toMatch(FONT_ICON);
    expect("Run (Ctrl+Enter) Export for CodeSandbox f′(x) −1").not.toMatch(FONT_ICON);
  });
});
