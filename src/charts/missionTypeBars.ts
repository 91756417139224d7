// A country's personnel by mission in one month as stacked bars: one bar per mission (named with its
// host), split by personnel type in the types' own colours (the same as every other chart), with its
// women as the line under the bar. Used by "where it serves" on /deployments and on the overview.
import type { Manifest } from '../data/schema.ts';
import type { CountryMissionRow } from '../data/selectors/countryMissionMonth.ts';
import { PERSONNEL_TYPE_COLOR_INDEX, PERSONNEL_TYPE_LABELS } from '../data/selectors/personnelTypeLabels.ts';
import { seriesColor } from './palette.ts';
import type { StackedBarMarker, StackedBarSeries } from './StackedBarChart.tsx';
import type { StackedBarInput } from './stackedBarModel.ts';

export const WOMEN_MARKER: StackedBarMarker = {
  label: 'women',
  legend: 'Women, of all types (the line under each bar)',
};

export function missionTypeBars(
  manifest: Manifest,
  rows: readonly CountryMissionRow[],
): { items: StackedBarInput[]; series: StackedBarSeries[] } {
  const items = rows.map((r) => {
    const host = manifest.missions[r.mission]?.host;
    const parts: Partial<Record<string, number>> = {};
    for (const [type, count] of Object.entries(r.byType)) if (count) parts[type] = count.total;
    return { id: r.acronym, label: `${r.acronym} (${host ?? 'host unknown'})`, parts, marker: r.female };
  });
  const series = manifest.personnelTypes.map((type) => ({
    key: type,
    label: PERSONNEL_TYPE_LABELS[type],
    color: seriesColor(PERSONNEL_TYPE_COLOR_INDEX[type]),
  }));
  return { items, series };
}
