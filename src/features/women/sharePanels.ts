// The share of women as small multiples (the first chart of the women view): one panel per personnel
// type, the country against all UN. Only the chart's own chunk imports this.
import { seriesColor, TOTAL_COLOR_INDEX } from '../../charts/palette.ts';
import type { IndexRange, TimeSeries } from '../../charts/timeSeriesModel.ts';
import type { PersonnelType } from '../../data/schema.ts';
import { PERSONNEL_TYPE_LABELS } from '../../data/selectors/personnelTypeLabels.ts';
import { GENDERED_TYPES, type WomenSeries } from './womenSeriesModel.ts';

/** One small panel of the share chart: a personnel type, the country's share against all UN's. */
export interface SharePanel {
  /** 'all' or a personnel type. */
  id: string;
  label: string;
  /** The country's share of women in this type (id 'country'). */
  country: TimeSeries;
  /** All UN uniformed personnel's share in this type (id 'un'), the grey reference. */
  world: TimeSeries;
  /** The country has a share in this type somewhere in the range (it deployed some). */
  hasCountryData: boolean;
}

/**
 * The share of women as small multiples: one panel per personnel type (all types first), each with the
 * country's line and all UN's as a reference — in place of six crossing lines per chart. Every type
 * the UN splits by gender gets a panel, so a type the country never sent says so instead of vanishing.
 */
export function sharePanels(
  own: WomenSeries,
  all: WomenSeries,
  country: { name: string; color: string },
  range: IndexRange,
): SharePanel[] {
  const ids = ['all', ...GENDERED_TYPES].filter(
    (id) => own.share.some((s) => s.id === id) || all.share.some((s) => s.id === id),
  );
  const none: (number | null)[] = [];
  return ids.map((id) => {
    const o = own.share.find((s) => s.id === id);
    const w = all.share.find((s) => s.id === id);
    const countryValues = o?.values ?? none;
    let hasCountryData = false;
    for (let i = range.from; i <= range.to && !hasCountryData; i++) {
      const v = countryValues[i];
      hasCountryData = v !== null && v !== undefined && Number.isFinite(v);
    }
    return {
      id,
      label: id === 'all' ? 'All types' : PERSONNEL_TYPE_LABELS[id as PersonnelType],
      country: { id: 'country', label: country.name, color: country.color, values: countryValues },
      world: {
        id: 'un',
        label: 'All UN',
        color: seriesColor(TOTAL_COLOR_INDEX),
        values: w?.values ?? none,
      },
      hasCountryData,
    };
  });
}
