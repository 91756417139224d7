// Generated sentences of the women view's first chart: every figure comes from the models.
import type { IndexRange } from '../../charts/timeSeriesModel.ts';
import type { Manifest, PersonnelType } from '../../data/schema.ts';
import { PERSONNEL_TYPE_LABELS } from '../../data/selectors/personnelTypeLabels.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import type { MaybeCount } from '../../data/selectors/typeSeries.ts';
import { UN_REPORTED_SHARES } from './unReportedShares.ts';
import type { WomenSeries } from './womenSeriesModel.ts';
import { formatNumber, formatPercent } from '../../ui/format.ts';

export const count = formatNumber;

function latest(values: readonly MaybeCount[], range: IndexRange): number | null {
  for (let i = range.to; i >= range.from; i--) if (values[i] !== null && values[i] !== undefined) return i;
  return null;
}

export function describeWomenShare(options: {
  name: string;
  manifest: Manifest;
  country: WomenSeries;
  world: WomenSeries;
  range: IndexRange;
}): string {
  const { name, manifest, country, world, range } = options;
  const i = latest(country.women, range);
  const sentences: string[] = [];
  if (i === null) {
    sentences.push(
      `${name}: no women reported in the months shown (a gender split exists from November 2009).`,
    );
  } else {
    const women = country.women[i] ?? 0;
    const base = country.base[i] ?? 0;
    const byType = country.share
      .filter((s) => s.id !== 'all')
      .map((s) => ({
        label: (PERSONNEL_TYPE_LABELS[s.id as PersonnelType] ?? s.label).toLowerCase(),
        v: s.values[i],
      }))
      .filter((p): p is { label: string; v: number } => p.v !== null && p.v !== undefined)
      .map((p) => `${p.label} ${formatPercent(p.v)}`);
    sentences.push(
      `${name}: ${count(women)} women of ${count(base)} uniformed personnel in ${monthLabel(manifest.months[i] ?? '')} (${
        base > 0 ? formatPercent(women / base) : 'no personnel'
      }).`,
    );
    if (byType.length > 0) sentences.push(`Share of women by type: ${byType.join(', ')}.`);
  }
  const w = latest(world.women, range);
  if (w !== null) {
    const women = world.women[w] ?? 0;
    const base = world.base[w] ?? 0;
    sentences.push(
      `All UN uniformed personnel: ${base > 0 ? formatPercent(women / base) : '?'} women (${count(women)} of ${count(base)} whose gender is reported) in ${monthLabel(
        manifest.months[w] ?? '',
      )}.`,
    );
  }
  const noSplit = country.women.slice(range.from, range.to + 1).filter((v) => v === null).length;
  if (noSplit > 0)
    sentences.push(
      `${noSplit} ${noSplit === 1 ? 'month has' : 'months have'} no usable gender split; the charts break there.`,
    );
  return sentences.join(' ');
}

/** The UN's own published shares set beside what these reports give for the same period. */
export function unReportedComparison(manifest: Manifest, world: WomenSeries): string[] {
  return UN_REPORTED_SHARES.map((r) => {
    const indexes = manifest.months
      .map((m, i) => (m.startsWith(r.period) ? i : -1))
      .filter((i) => i >= 0 && world.women[i] !== null && (world.base[i] ?? 0) > 0);
    if (indexes.length === 0)
      return `The UN reported ${formatPercent(r.value)} for ${r.label}; these data have no gender split for it.`;
    const shares = indexes.map((i) => (world.women[i] ?? 0) / (world.base[i] ?? 1));
    const lo = Math.min(...shares);
    const hi = Math.max(...shares);
    const ours =
      indexes.length === 1 ? formatPercent(lo) : `${formatPercent(lo)} to ${formatPercent(hi)} (monthly)`;
    return `The UN reported ${formatPercent(r.value)} women among uniformed personnel for ${r.label}; these reports give ${ours}.`;
  });
}
