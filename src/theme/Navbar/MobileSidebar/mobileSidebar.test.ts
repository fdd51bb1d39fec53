import { describe, it } from "vitest";
import { reliedOn } from "../../../../plugins/_docusaurusSource";

// ./index.tsx and ../../DocSidebar/Mobile/index.tsx wrap Docusaurus's phone menu panel and the docs' sidebar
// it holds so that both render once the reader moves, reading the panel's state with useNavbarMobileSidebar
// from @docusaurus/theme-common/internal. The browser tests check the menu works (pages.test.ts, "the phone's
// menu"); these say which Docusaurus file moved or changed when the wrappers' premises no longer hold.
describe("the phone menu's private reach: useNavbarMobileSidebar", () => {
  const who = "src/theme/Navbar/MobileSidebar and src/theme/DocSidebar/Mobile";

  it("theme-common's ./internal exports useNavbarMobileSidebar, whose value has `shown` and `toggle`", () => {
    reliedOn(who, "@docusaurus/theme-common", "lib/internal.d.ts", "exporting useNavbarMobileSidebar", [
      "export { useNavbarMobileSidebar } from './contexts/navbarMobileSidebar';",
    ]);
    reliedOn(who, "@docusaurus/theme-common", "lib/contexts/navbarMobileSidebar.d.ts", "giving shown and toggle", [
      "shown: boolean;",
      "toggle: () => void;",
    ]);
  });

  it("the navbar renders the panel at all times and shows it by a class while `shown`", () => {
    reliedOn(who, "@docusaurus/theme-classic", "lib/theme/Navbar/Layout/index.js", "rendering the panel", [
      "'navbar-sidebar--show': mobileSidebar.shown",
      "<NavbarMobileSidebar />",
    ]);
  });

  it("the docs' sidebar hands itself to the panel on a narrow screen, sorting its props with localeCompare", () => {
    reliedOn(who, "@docusaurus/theme-classic", "lib/theme/DocSidebar/index.js", "rendering DocSidebarMobile", [
      "const shouldRenderSidebarMobile = windowSize === 'mobile';",
      "{shouldRenderSidebarMobile && <DocSidebarMobile {...props} />}",
    ]);
    reliedOn(who, "@docusaurus/theme-classic", "lib/theme/DocSidebar/Mobile/index.js", "filling the panel", [
      "<NavbarSecondaryMenuFiller",
    ]);
    reliedOn(who, "@docusaurus/theme-common", "lib/utils/reactUtils.js", "sorting with localeCompare", [
      "deps.sort((a, b) => a[0].localeCompare(b[0]));",
    ]);
  });
});
