// What ./outputPanels loads: the console and the charts, one chunk, with what an early run needs to keep
// the recorded charts in place (not in a page's start-up code).
export { default as ChartPanel } from "./ChartPanel";
export { default as ConsolePanel } from "./ConsolePanel";
export { holdCharts } from "./heldCharts";
