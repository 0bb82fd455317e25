/**
 * Reports to share: policy memos of a scenario's analysis, a negotiation run, a cooperation
 * tournament or a framework, as one self-contained HTML document (inline SVG charts drawn by the
 * same Observable Plot code as the web app), in English or Spanish. Browser-safe: charts draw in
 * the document given in the options (the page's own, or a server-side DOM from `node.ts`); the PDF
 * is printed by `node.ts`.
 */
export { explorerPlot, explorerFrame, POINT_STYLE, type KeyPoint } from './charts/explorer-plot.ts';
export { negotiationPlot, PARTY_COLORS, type OfferPoint } from './charts/negotiation-plot.ts';
export {
  rankingPlot,
  cooperationRatePlot,
  jointVsUnilateralPlot,
  jointVsUnilateralSeries,
  type RankingRow,
  type JointVsUnilateralPoint,
} from './charts/cooperation-plots.ts';
export {
  indicatorRows,
  periodOrder,
  indicatorPlot,
  budgetPlot,
  jointSharePlot,
  type IndicatorRow,
  type BudgetRow,
} from './charts/framework-plots.ts';
export {
  tornadoPlot,
  tornadoEntries,
  tornadoRow,
  shorten,
  shortenAtWord,
  type TornadoRow,
} from './charts/tornado-plot.ts';
export { placeLabels, utilityDomain, type Frame, type LabelPoint } from './charts/labels.ts';
export { thinTicks, labelMargin, compactNumber, CHAR_PX } from './charts/ticks.ts';
export {
  renderReport,
  reportContext,
  type ReportOptions,
  type ReportContext,
  type SectionDef,
  type ReportDefinition,
  type ReportHead,
} from './engine.ts';
export { LANGS, type Lang } from './i18n.ts';
export type { Paper } from './html.ts';
export {
  scenarioMemoHtml,
  scenarioMemoDefinition,
  SCENARIO_MEMO_SECTIONS,
  withSection,
  memoView,
  type ScenarioMemoInput,
} from './scenario-memo.ts';
export { outcomeCloud, partyPairs, type Cloud } from './charts/outcome-cloud.ts';
export { frameworkReportHtml, FRAMEWORK_REPORT_SECTIONS, type FrameworkReportInput } from './framework-report.ts';
export {
  negotiationReportHtml,
  NEGOTIATION_REPORT_SECTIONS,
  type NegotiationReportInput,
  type NegotiationRunJson,
} from './negotiation-report.ts';
export {
  cooperationReportHtml,
  COOPERATION_REPORT_SECTIONS,
  type CooperationReportInput,
} from './cooperation-report.ts';
export {
  scenarioMemoInput,
  scenarioNames,
  negotiationReportInput,
  cooperationReportInput,
  frameworkReportInput,
  MEMO_CLOUD_POINTS,
  MEMO_ROBUSTNESS_SAMPLES,
  type NegotiationSetting,
  type TournamentSetting,
} from './inputs.ts';
export { runReportHtml, assertReportable, REPORTED_RUN_KINDS, type RunRecord } from './runs.ts';
export { studyMismatch } from './study-check.ts';
