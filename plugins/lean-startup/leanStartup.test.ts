import * as entry from "@docusaurus/utils-common";
import { describe, expect, it } from "vitest";
import { docusaurusFile, reliedOn } from "../_docusaurusSource";
import { PROGRESS_CLIENT_MODULE } from "./index";
import * as utilsCommon from "./utilsCommon";

// ./index.ts gives the browser ./utilsCommon.ts for @docusaurus/utils-common, and ./progressBar.ts for
// theme-classic's progress-bar client module: both are Docusaurus's private files. These tests say which
// file moved or changed, and in which version, when the replacements no longer match what they replace.
describe("lean-startup's private reaches", () => {
  const who = "lean-startup";

  it("utils-common's entry requires tslib, so a bundle that imports it keeps all of tslib", () => {
    reliedOn(who, "@docusaurus/utils-common", "lib/index.js", "requiring tslib", ['require("tslib")']);
  });

  it("./utilsCommon exports exactly what utils-common's entry exports, the same values", () => {
    const ours: Record<string, unknown> = { ...utilsCommon };
    const theirs = Object.entries(entry).filter(([name]) => name !== "default" && name !== "__esModule");
    expect(Object.keys(ours).sort()).toEqual(theirs.map(([name]) => name).sort());
    for (const [name, value] of theirs) expect(ours[name], name).toBe(value);
  });

  it("theme-classic names ./nprogress among its client modules", () => {
    reliedOn(who, "@docusaurus/theme-classic", "lib/index.js", "listing it in getClientModules", [
      /getClientModules\(\)\s*\{[^}]*'\.\/nprogress'/,
    ]);
  });

  it("that module starts nprogress after 200 ms of a navigation to another page and ends it when it renders", () => {
    reliedOn(who, "@docusaurus/theme-classic", "lib/nprogress.js", "showing nprogress as ./progressBar.ts does", [
      "import nprogress from 'nprogress'",
      "import './nprogress.css'",
      "nprogress.configure({ showSpinner: false })",
      "const delay = 200",
      /previousLocation && location\.pathname !== previousLocation\.pathname/,
      /onRouteDidUpdate\(\) \{\s*nprogress\.done\(\);/,
    ]);
    const { path } = docusaurusFile("@docusaurus/theme-classic", "lib/nprogress.js");
    expect(path).toMatch(PROGRESS_CLIENT_MODULE);
    expect(path.replaceAll("/", "\\")).toMatch(PROGRESS_CLIENT_MODULE);
  });
});
