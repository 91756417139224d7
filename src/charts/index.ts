// Public surface of the chart kit. Importing it also loads the kit's stylesheet once.
import './charts.css';

export { ChartFrame, type ChartFrameProps, type ChartFrameTab } from './ChartFrame.tsx';
export { CountryPicker, type CountryPickerProps } from './CountryPicker.tsx';
export { filterCountries, foldText, type CountryOption } from './countryMatch.ts';
export { DataTable, type DataTableColumn, type DataTableProps, type DataTableSort } from './DataTable.tsx';
export { describeTimeSeries } from './describeTimeSeries.ts';
export { LineChart, type LineChartProps } from './LineChart.tsx';
export { formatMonthLong, formatMonthShort, formatMonthSpan } from './monthFormat.ts';
export { PermalinkContext, usePermalink } from './permalink.ts';
export { OKABE_ITO, seriesColor, themeColor } from './palette.ts';
export { rankingModel, type RankedBar, type RankInput } from './rankingModel.ts';
export { RankingBarChart, type RankingBarChartProps } from './RankingBarChart.tsx';
export { yearlySteps, type ReferenceSeries, type ReferenceStep } from './referenceStepModel.ts';
export { ScatterLogLog, type RatioLine, type ScatterLogLogProps } from './ScatterLogLog.tsx';
export { type ScatterInput } from './scatterModel.ts';
export { StackedAreaChart, type StackedAreaChartProps } from './StackedAreaChart.tsx';
export { TimeRangeSlider, type TimeRangeSliderProps } from './TimeRangeSlider.tsx';
export {
  clampIndexRange,
  monthIndex,
  visibleIndexRange,
  type IndexRange,
  type ScaleType,
  type TimeSeries,
} from './timeSeriesModel.ts';
export { timeSeriesTable, type MonthRow } from './timeSeriesTable.ts';
export { useElementWidth } from './useElementWidth.ts';
export { formatValue, type ValueFormatKind } from './valueFormat.ts';
