// What ./outputPanels loads: the console and the charts, one chunk.
export { default as ChartPanel } from "./ChartPanel";
export { default as ConsolePanel } from "./ConsolePanel";
