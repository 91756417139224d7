import { monthLabel } from '../data/selectors/months.ts';
import { formatMonthSpan } from './monthFormat.ts';
import { gapRanges, lastPoint, type IndexRange, type TimeSeries } from './timeSeriesModel.ts';
import { formatValue, type ValueFormatKind } from './valueFormat.ts';

function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A one-paragraph plain-language description of a time chart, for the svg <desc> and the caption:
 * what is shown, over which months, the latest values largest first, and the months without data.
 */
export function describeTimeSeries(options: {
  chartKind: string;
  months: readonly string[];
  series: readonly TimeSeries[];
  range: IndexRange;
  valueFormat?: ValueFormatKind;
  /** Name at most this many latest values. */
  maxListed?: number;
}): string {
  const { chartKind, months, series, range, valueFormat = 'number', maxListed = 5 } = options;
  const first = months[range.from];
  const last = months[range.to];
  if (!first || !last || series.length === 0) return `${chartKind} with no data to show.`;
  const names = series.map((s) => s.label);
  const shownNames =
    names.length > maxListed ? [...names.slice(0, maxListed), `${names.length - maxListed} more`] : names;
  const sentences = [
    `${chartKind} of ${listJoin(shownNames)}, monthly from ${monthLabel(first)} to ${monthLabel(last)}.`,
  ];

  const latest = series
    .map((s) => ({ s, point: lastPoint(s.values, range) }))
    .filter((e): e is { s: TimeSeries; point: NonNullable<typeof e.point> } => e.point !== null)
    .sort((a, b) => b.point.value - a.point.value)
    .slice(0, maxListed);
  const lastMonth = months[latest[0]?.point.index ?? -1];
  if (latest.length > 0 && lastMonth) {
    const parts = latest.map((e) => `${e.s.label} ${formatValue(valueFormat, e.point.value)}`);
    sentences.push(`Latest values (${monthLabel(lastMonth)}): ${parts.join('; ')}.`);
  }

  const gaps = gapRanges(series, range, 'all');
  if (gaps.length > 0) {
    const monthCount = gaps.reduce((n, g) => n + g.to - g.from + 1, 0);
    const spans = gaps.map((g) => formatMonthSpan(months[g.from] ?? '', months[g.to] ?? ''));
    sentences.push(
      `No data for ${monthCount} ${monthCount === 1 ? 'month' : 'months'}: ${listJoin(spans)}; the lines break there.`,
    );
  }
  return sentences.join(' ');
}
