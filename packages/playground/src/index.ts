// `@nn-explained/playground`: what playground code imports besides `@nn-explained/core`. Charts draw
// under the console; `sweepSeeds` runs a demo over many seeds. The runner bundles this entry as it is,
// and the examples' type-check resolves the package here, so the types readers see in their editor are
// the ones the runtime checks.

export {
  type BarChart,
  type BarSeries,
  barChart,
  type Chart,
  type ChartPoints,
  describeChart,
  type Label,
  type LineChart,
  type LineSeries,
  lineChart,
} from "./charts.js";
export {
  type HeatmapChart,
  type HeatmapClassGrid,
  type HeatmapGrid,
  type HeatmapMap,
  type HeatmapOptions,
  heatmapChart,
} from "./heatmapChart.js";
export { type ScatterChart, type ScatterOptions, scatterChart } from "./scatterChart.js";
export { MAX_SEEDS, type SeedSweep, type SweepCount, type SweepSpread, sweepSeeds } from "./sweepSeeds.js";
