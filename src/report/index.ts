/** The report: chart options (shared with the browser app), SVG/PNG rendering, the HTML page, the folder. */
export { carPathsChartOptions, carLineId, carBandLowerId, carBandWidthId } from "./charts/carPathsChart.js";
export { day0BarChartOptions, day0BarChartHeight, day0SeriesId } from "./charts/day0BarChart.js";
export { groupCaarChartOptions, caarSeriesId } from "./charts/groupCaarChart.js";
export { carPathsSummary, day0Summary, groupCaarSummary } from "./charts/chartSummaries.js";
export { groupColors, ROLE_COLORS, ALL_COLOR, UNGROUPED } from "./charts/groupPalette.js";
export type { EventLabels } from "./charts/eventLabels.js";
export { renderChartSvg, type ChartSize } from "./charts/renderChartSvg.js";
export { svgToPng, hasNotoCjk } from "./charts/svgToPng.js";
export { reportCharts, type ReportChart, type ReportChartKey } from "./reportCharts.js";
export { reportHtml } from "./html/reportHtml.js";
export type { ReportInput, ReportCompany, ReportPair, ReportSource } from "./html/reportInput.js";
export { writeReport, type ReportFiles } from "./writeReport.js";
