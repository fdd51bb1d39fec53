import { activationNames, activations } from "@nn-explained/core";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ActivationExplorer from ".";

describe("<ActivationExplorer> server render", () => {
  it.each(activationNames)("initial=%s renders its formulas with KaTeX, its range and a labelled plot", (name) => {
    const html = renderToString(<ActivationExplorer initial={name} />);
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain("katex-error");
    expect(html).toContain(`<title id=`);
    expect(html).toContain(`${activations[name].title}: f(x) and its derivative`);
    expect(html).toMatch(/data-activation-range="">[[(]/);
    // Every registry name is an option of the select.
    for (const n of activationNames) expect(html).toContain(`value="${n}"`);
  });
});
