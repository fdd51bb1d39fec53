import { describe, expect, it } from "vitest";
import { docusaurusFile, reliedOn } from "../_docusaurusSource";
import { PRISM_CLIENT_MODULE } from "./index";

describe("code-theme's one private reach: theme-classic's Prism client module", () => {
  it("theme-classic names ./prism-include-languages among its client modules", () => {
    reliedOn(
      "code-theme (noPrismAtStartup)",
      "@docusaurus/theme-classic",
      "lib/index.js",
      "listing it in getClientModules",
      [/getClientModules\(\)\s*\{[^}]*'\.\/prism-include-languages'/],
    );
  });

  it("that module is the one that imports Prism at start-up, at the path the replacement matches", () => {
    reliedOn(
      "code-theme (noPrismAtStartup)",
      "@docusaurus/theme-classic",
      "lib/prism-include-languages.js",
      "importing Prism and calling @theme/prism-include-languages",
      ["from 'prism-react-renderer'", "from '@theme/prism-include-languages'", "prismIncludeLanguages(Prism)"],
    );
    const { path } = docusaurusFile("@docusaurus/theme-classic", "lib/prism-include-languages.js");
    expect(path).toMatch(PRISM_CLIENT_MODULE);
    expect(path.replaceAll("/", "\\")).toMatch(PRISM_CLIENT_MODULE);
  });
});
