/** The framework dashboard's indicator rows: shared with the framework report (src/report). */
export { indicatorRows, periodOrder, type IndicatorRow } from '../../../src/report/index.ts';
