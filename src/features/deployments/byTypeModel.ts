// The first chart of the deployments view: personnel by type. Kept apart from the other models
// (deploymentsModel.ts) so the view's first chunk carries only what its first chart needs.
import { formatPercent } from '../../ui/format.ts';
import type { IndexRange, TimeSeries } from '../../charts/timeSeriesModel.ts';
import { seriesColor } from '../../charts/palette.ts';
import { PERSONNEL_TYPES, type PersonnelType } from '../../data/datasetConstants.ts';
import type { Manifest } from '../../data/schema.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import {
  PERSONNEL_TYPE_COLOR_INDEX,
  PERSONNEL_TYPE_LABELS,
} from '../../data/selectors/personnelTypeLabels.ts';
import type { CountryRank } from '../../data/selectors/ranks.ts';
import { reportedSpan, type ByTypeSeries, type MaybeCount } from '../../data/selectors/typeSeries.ts';
import { formatNumber } from '../../ui/format.ts';
const count = formatNumber;

/**
 * Stacking and legend order of the personnel types: the dataset's own order (data/schema.ts), so the
 * pipeline, the tables and the charts list the types one way; each type keeps its colour everywhere.
 */
export const TYPE_ORDER: readonly PersonnelType[] = PERSONNEL_TYPES;
export const typeColor = (type: PersonnelType): string => seriesColor(PERSONNEL_TYPE_COLOR_INDEX[type]);

/**
 * A type's name, with the year the UN began reporting it separately when that is years into the data:
 * "Staff officers (from 2017)", "Formed police units (from 2009)". The first years of the data are
 * sparse for every type, so only a start more than five years in counts as a change of reporting.
 */
export function typeLabel(
  type: PersonnelType,
  isReported: readonly boolean[] | undefined,
  months: readonly string[],
): string {
  const base = PERSONNEL_TYPE_LABELS[type];
  const span = reportedSpan(isReported);
  if (!span || span.first <= 60) return base;
  return `${base} (from ${(months[span.first] ?? '').slice(0, 4)})`;
}

export interface ByTypeModel {
  /**
   * Layers for the stacked area: a type the month's source does not report is 0 there (a zero-height
   * layer), and its `readings` are the table's values (null: "no data" in the tooltip).
   */
  chartSeries: TimeSeries[];
  /** The same layers for the table: null where the source does not report the type (a blank cell). */
  tableSeries: TimeSeries[];
  /** All personnel per month (null in a month without a report). */
  total: MaybeCount[];
  /** Women per month (null where the month has no usable gender split). */
  female: MaybeCount[];
}

export function byTypeModel(
  manifest: Manifest,
  reported: Partial<Record<PersonnelType, boolean[]>>,
  series: ByTypeSeries,
): ByTypeModel {
  const types = TYPE_ORDER.filter((t) => series.types.includes(t));
  const tableSeries: TimeSeries[] = types.map((type) => ({
    id: type,
    label: typeLabel(type, reported[type], manifest.months),
    values: series.byType[type]?.total ?? [],
    color: typeColor(type),
  }));
  const ok = manifest.monthInfo.map((m) => m.status === 'ok');
  const chartSeries = tableSeries.map((s) => ({
    ...s,
    values: manifest.months.map((_, i) => (ok[i] ? (s.values[i] ?? 0) : null)),
    // Read out as the table has it: "no data" where the type is not reported, not the drawn 0.
    readings: s.values,
  }));
  const total = manifest.months.map((_, i) => {
    if (!ok[i]) return null;
    return types.reduce((sum, t) => sum + (series.byType[t]?.total[i] ?? 0), 0);
  });
  const female = manifest.months.map((_, i) => {
    if (!ok[i]) return null;
    let sum = 0;
    for (const t of types) {
      const t0 = series.byType[t]?.total[i];
      if (t0 === null || t0 === undefined || t0 === 0) continue;
      const f = series.byType[t]?.female[i];
      if (f === null || f === undefined) return null;
      sum += f;
    }
    return sum;
  });
  return { chartSeries, tableSeries, total, female };
}

/** The latest month in the range with a value, or null. */
export function latestIndex(values: readonly MaybeCount[], range: IndexRange): number | null {
  for (let i = range.to; i >= range.from; i--) if (values[i] !== null && values[i] !== undefined) return i;
  return null;
}

/** The month with the largest value in the range (the earliest if tied), or null. */
export function peakIndex(values: readonly MaybeCount[], range: IndexRange): number | null {
  let best: number | null = null;
  for (let i = range.from; i <= range.to; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (best === null || v > (values[best] ?? -Infinity)) best = i;
  }
  return best;
}

/** "Bangladesh: 5,685 personnel in July 2025, rank 4 of 119 contributors; 7.7% women. …" */
export function describeByType(options: {
  name: string;
  manifest: Manifest;
  model: ByTypeModel;
  range: IndexRange;
  rank: CountryRank | null;
}): string {
  const { name, manifest, model, range, rank } = options;
  const latest = latestIndex(model.total, range);
  const from = monthLabel(manifest.months[range.from] ?? '');
  const to = monthLabel(manifest.months[range.to] ?? '');
  if (latest === null) return `${name}: no personnel reported between ${from} and ${to}.`;
  const value = model.total[latest] ?? 0;
  const women = model.female[latest];
  const parts = model.tableSeries
    .map((s) => ({ label: s.label.replace(/ \(.*$|,.*$/, '').toLowerCase(), v: s.values[latest] }))
    .filter((p): p is { label: string; v: number } => p.v !== null && p.v !== undefined && p.v > 0)
    .sort((a, b) => b.v - a.v)
    .map((p) => `${count(p.v)} ${p.label}`);
  const sentences = [
    `${name}: ${count(value)} uniformed personnel in ${monthLabel(manifest.months[latest] ?? '')}` +
      (rank ? `, rank ${rank.rank} of ${rank.of} contributors` : '') +
      (women !== null && women !== undefined && value > 0 ? `; ${formatPercent(women / value)} women` : '') +
      '.',
  ];
  if (parts.length > 1) sentences.push(`By type: ${parts.join(', ')}.`);
  const peak = peakIndex(model.total, range);
  if (peak !== null && peak !== latest) {
    sentences.push(
      `Highest between ${from} and ${to}: ${count(model.total[peak] ?? 0)} in ${monthLabel(manifest.months[peak] ?? '')}.`,
    );
  }
  const gaps = model.total.slice(range.from, range.to + 1).filter((v) => v === null).length;
  if (gaps > 0)
    sentences.push(`${gaps} ${gaps === 1 ? 'month has' : 'months have'} no report; the areas break there.`);
  return sentences.join(' ');
}
