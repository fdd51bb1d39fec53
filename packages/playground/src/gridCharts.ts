// The chart builders behind `heatmapChart` and `scatterChart`, for the page's tests and the bench: they
// validate and return the chart the page draws, without handing it to a runner.
export { buildHeatmapChart, classShares, describeHeatmap } from "./heatmapChart.js";
export { buildScatterChart, describeScatter } from "./scatterChart.js";
