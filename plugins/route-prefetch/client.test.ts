import { describe, it } from "vitest";
import { reliedOn } from "../_docusaurusSource";

// ./client.ts replaces the global `window.docusaurus`: it works only while Docusaurus mounts that global
// before the first render and every <Link> looks it up when it prefetches.
describe("route-prefetch's reliance on window.docusaurus", () => {
  const who = "route-prefetch";
  const core = "@docusaurus/core";

  it("the client entry mounts window.docusaurus before it renders the app", () => {
    reliedOn(who, core, "lib/client/clientEntry.js", "mounting window.docusaurus before rendering", [
      "window.docusaurus = docusaurus",
      /window\.docusaurus = docusaurus;[\s\S]*hydrateRoot\(/,
    ]);
  });

  it("the global has prefetch and preload, frozen", () => {
    reliedOn(who, core, "lib/client/docusaurus.js", "exporting a frozen { prefetch, preload }", [
      /const docusaurus = \{\s*prefetch,\s*preload,?\s*\}/,
      "export default Object.freeze(docusaurus)",
    ]);
  });

  it("<Link> calls window.docusaurus.prefetch when it scrolls into view, looking the global up each time", () => {
    reliedOn(
      who,
      core,
      "lib/client/exports/Link.js",
      "calling window.docusaurus.prefetch from its IntersectionObserver",
      [/new window\.IntersectionObserver\([\s\S]*window\.docusaurus\.prefetch\(targetLink\)/],
    );
  });

  it("onRouteUpdate is dispatched as the app first renders, before any <Link> mounts", () => {
    reliedOn(who, core, "lib/client/PendingNavigation.js", "dispatching onRouteUpdate from its constructor", [
      /constructor\(props\) \{[\s\S]*?dispatchLifecycleAction\('onRouteUpdate'[\s\S]*?\n {4}\}/,
    ]);
  });
});
