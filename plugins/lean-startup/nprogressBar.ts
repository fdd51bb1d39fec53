// The progress bar itself, loaded by ./progressBar.ts when a navigation first lasts long enough to show it:
// nprogress, configured and styled as theme-classic's client module does (its style sheet, which colours
// the bar with --docusaurus-progress-bar-color).
import "@docusaurus/theme-classic/lib/nprogress.css";
import nprogress from "nprogress";

nprogress.configure({ showSpinner: false });

export default nprogress;
