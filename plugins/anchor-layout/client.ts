import type { ClientModule } from "@docusaurus/types";
import { EXACT_LAYOUT } from "./attribute";

/** Sets or clears the exact layout before each new address renders (see ./index.ts). */
const anchorLayout: ClientModule = {
  // Runs before the page of the new address renders and Docusaurus scrolls to its anchor, and for the
  // first address as the page hydrates.
  onRouteUpdate({ location }) {
    document.documentElement.toggleAttribute(EXACT_LAYOUT, location.hash !== "");
  },
};

export default anchorLayout;
