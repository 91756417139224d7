// Women by personnel type, for one country and for all UN uniformed personnel: the first chart of the
// women view. Kept apart from womenModel.ts so the view's first chunk carries only what it needs.
import { seriesColor } from '../../charts/palette.ts';
import type { IndexRange, TimeSeries } from '../../charts/timeSeriesModel.ts';
import type { Manifest, PersonnelType, Totals } from '../../data/schema.ts';
import {
  ALL_TYPES_COLOR_INDEX,
  PERSONNEL_TYPE_COLOR_INDEX,
  PERSONNEL_TYPE_SHORT_LABELS,
} from '../../data/selectors/personnelTypeLabels.ts';
import {
  shareOf,
  type ByTypeSeries,
  type MaybeCount,
  type WorldTypeMonthly,
} from '../../data/selectors/typeSeries.ts';

/** Types the UN splits by gender (the unsplit "police" of 1990–2012 never is). */
export const GENDERED_TYPES: readonly PersonnelType[] = [
  'troops',
  'staff_officers',
  'experts_on_mission',
  'formed_police_units',
  'individual_police',
];

const typeColor = (t: PersonnelType) => seriesColor(PERSONNEL_TYPE_COLOR_INDEX[t]);
const ALL_COLOR = seriesColor(ALL_TYPES_COLOR_INDEX);

export interface WomenSeries {
  /** Women per type (stack layers): 0 where a type is not reported in a month with a gender split. */
  count: TimeSeries[];
  /** Share of women per type, and in all (first). null where there is no one of that type (no denominator). */
  share: TimeSeries[];
  /** Women in all, and everyone whose gender is reported. */
  women: MaybeCount[];
  base: MaybeCount[];
}

/** Women by type for one country (from its cells). A month without a gender split is null everywhere. */
export function countryWomenSeries(manifest: Manifest, series: ByTypeSeries): WomenSeries {
  const n = manifest.months.length;
  const types = GENDERED_TYPES.filter((t) => series.types.includes(t));
  const hasSplit = manifest.months.map((_, i) => {
    const info = manifest.monthInfo[i];
    if (info?.status !== 'ok' || !info.hasGender) return false;
    // A month whose women are all withheld (2020-08) has no split at all.
    return types.some(
      (t) => series.byType[t]?.female[i] !== null && series.byType[t]?.female[i] !== undefined,
    );
  });
  const women: MaybeCount[] = [];
  const base: MaybeCount[] = [];
  for (let i = 0; i < n; i++) {
    if (!hasSplit[i]) {
      women.push(null);
      base.push(null);
      continue;
    }
    let w = 0;
    let b = 0;
    let isComplete = true;
    for (const t of series.types) {
      const total = series.byType[t]?.total[i] ?? 0;
      if (total === 0) continue;
      const f = series.byType[t]?.female[i];
      if (f === null || f === undefined) isComplete = false;
      else w += f;
      b += total;
    }
    women.push(isComplete ? w : null);
    base.push(isComplete ? b : null);
  }
  const count = types.map((t) => ({
    id: t,
    label: PERSONNEL_TYPE_SHORT_LABELS[t],
    color: typeColor(t),
    values: manifest.months.map((_, i) => (hasSplit[i] ? (series.byType[t]?.female[i] ?? 0) : null)),
  }));
  const share = [
    { id: 'all', label: 'All types', color: ALL_COLOR, values: women.map((w, i) => shareOf(w, base[i])) },
    ...types.map((t) => ({
      id: t,
      label: PERSONNEL_TYPE_SHORT_LABELS[t],
      color: typeColor(t),
      values: manifest.months.map((_, i) =>
        hasSplit[i] ? shareOf(series.byType[t]?.female[i], series.byType[t]?.total[i]) : null,
      ),
    })),
  ];
  return { count, share, women, base };
}

/** Women by type among all UN uniformed personnel: female of the personnel whose gender is reported. */
export function worldWomenSeries(
  manifest: Manifest,
  totals: Totals,
  world: { types: PersonnelType[]; byType: Partial<Record<PersonnelType, WorldTypeMonthly>> },
): WomenSeries {
  const types = GENDERED_TYPES.filter((t) => world.types.includes(t));
  const women = manifest.months.map((_, i) => totals.world.female[i] ?? null);
  const base = manifest.months.map((_, i) => (women[i] === null ? null : (totals.world.gendered[i] ?? null)));
  const hasSplit = women.map((w) => w !== null);
  const count = types.map((t) => ({
    id: t,
    label: PERSONNEL_TYPE_SHORT_LABELS[t],
    color: typeColor(t),
    values: manifest.months.map((_, i) => (hasSplit[i] ? (world.byType[t]?.female[i] ?? 0) : null)),
  }));
  const share = [
    { id: 'all', label: 'All types', color: ALL_COLOR, values: women.map((w, i) => shareOf(w, base[i])) },
    ...types.map((t) => ({
      id: t,
      label: PERSONNEL_TYPE_SHORT_LABELS[t],
      color: typeColor(t),
      values: manifest.months.map((_, i) =>
        hasSplit[i] ? shareOf(world.byType[t]?.female[i], world.byType[t]?.gendered[i]) : null,
      ),
    })),
  ];
  return { count, share, women, base };
}

/**
 * The top of one share axis for panels drawn side by side (a country and all UN): the largest share in
 * the range over every panel, so equal heights mean equal shares. null when no panel has a value.
 */
export function sharedShareMax(panels: readonly (readonly TimeSeries[])[], range: IndexRange): number | null {
  let max: number | null = null;
  for (const list of panels)
    for (const s of list)
      for (let i = range.from; i <= range.to; i++) {
        const v = s.values[i];
        if (v !== null && v !== undefined && Number.isFinite(v) && (max === null || v > max)) max = v;
      }
  return max;
}
