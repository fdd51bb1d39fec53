import type { ClientModule } from "@docusaurus/types";

/** How long a navigation runs before the bar shows: theme-classic's delay, so fast navigations show none. */
const DELAY_MS = 200;

type NProgress = typeof import("nprogress");

let bar: NProgress | undefined;
let loading: Promise<NProgress> | undefined;
/** Whether a navigation has started and not yet rendered its page. */
let navigating = false;

function loadBar(): Promise<NProgress> {
  loading ??= import("./nprogressBar").then(
    (m) => {
      bar = m.default;
      return bar;
    },
    (error: unknown) => {
      loading = undefined; // The next navigation tries again; this one shows no bar.
      throw error;
    },
  );
  return loading;
}

/**
 * theme-classic's progress bar of navigations (lib/nprogress.js), with nprogress loaded once a navigation
 * has lasted DELAY_MS, the moment the original would show the bar, instead of as every page starts.
 * See ./index.ts.
 */
const progressBar: ClientModule = {
  onRouteUpdate({ location, previousLocation }) {
    if (!previousLocation || location.pathname === previousLocation.pathname) return undefined;
    navigating = true;
    const timeout = window.setTimeout(() => {
      loadBar().then(
        (nprogress) => {
          if (navigating) nprogress.start();
        },
        () => {},
      );
    }, DELAY_MS);
    return () => window.clearTimeout(timeout);
  },
  onRouteDidUpdate() {
    navigating = false;
    bar?.done();
  },
};

export default progressBar;
