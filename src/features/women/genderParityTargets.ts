// The UN Uniformed Gender Parity Strategy 2018–2028 (UN Department of Peace Operations, 2018) sets a
// target share of women for every year and category of uniformed personnel. Only the values below
// are recorded here, each with the source it was taken from; the strategy's other yearly values were
// not at hand in a checkable source when this file was written, so they are left out — the charts
// leave those years blank and say so. Never fill a year in by interpolation.

export const TARGET_CATEGORIES = ['troops', 'observers_staff', 'formed_police', 'individual_police'] as const;
export type TargetCategory = (typeof TARGET_CATEGORIES)[number];

export const TARGET_CATEGORY_LABELS: Record<TargetCategory, string> = {
  troops: 'Troops (military contingents)',
  observers_staff: 'Military observers and staff officers',
  formed_police: 'Formed police units',
  individual_police: 'Individual police officers',
};

export const STRATEGY_FIRST_YEAR = 2018;
export const STRATEGY_LAST_YEAR = 2028;

export interface TargetSource {
  id: string;
  /** How the source is cited in the charts. */
  citation: string;
  /** Where the text was read; null when only a copy of the page was seen, so no address is vouched for. */
  url: string | null;
  /** The words of the source the values were read from. */
  quote: string;
}

export const TARGET_SOURCES: Readonly<Record<string, TargetSource>> = {
  'ugps-2028': {
    id: 'ugps-2028',
    citation:
      'UN Department of Peace Operations, "Uniformed Gender Parity Strategy 2018–2028" (2018), end-of-strategy targets',
    url: 'https://peacekeeping.un.org/en/uniformed-gender-parity-strategy-2018-2018-full-text',
    quote:
      'By 2028: 15% women in military contingents, 25% among military observers and staff officers, 20% in formed police units, 30% among individual police officers.',
  },
  'dpo-2021': {
    id: 'dpo-2021',
    citation:
      'UN Department of Peace Operations, "Acknowledging uniformed gender parity target achievers" (2021), quoting the Strategy’s 2021 targets',
    url: null,
    quote:
      'For 2021, the target for the military component is 8 per cent women in troops and 18 per cent women in individual military positions.',
  },
  'un-reported-share': {
    id: 'un-reported-share',
    citation:
      'United Nations (DPO) statements of the share of women among all uniformed personnel, as recorded in the project design notes (DESIGN.md)',
    url: null,
    quote: 'Uniformed women: 4.9% in 2018; 10.1% in June 2025.',
  },
};

export interface YearTarget {
  category: TargetCategory;
  year: number;
  /** Share of women, as a fraction (0.15 = 15%). */
  value: number;
  sourceId: keyof typeof TARGET_SOURCES;
}

/** Every yearly target recorded, with its source. Years of the strategy not listed here are not known here. */
export const PARITY_TARGETS: readonly YearTarget[] = [
  { category: 'troops', year: 2021, value: 0.08, sourceId: 'dpo-2021' },
  { category: 'observers_staff', year: 2021, value: 0.18, sourceId: 'dpo-2021' },
  { category: 'troops', year: 2028, value: 0.15, sourceId: 'ugps-2028' },
  { category: 'observers_staff', year: 2028, value: 0.25, sourceId: 'ugps-2028' },
  { category: 'formed_police', year: 2028, value: 0.2, sourceId: 'ugps-2028' },
  { category: 'individual_police', year: 2028, value: 0.3, sourceId: 'ugps-2028' },
];

export function targetsFor(
  category: TargetCategory,
  targets: readonly YearTarget[] = PARITY_TARGETS,
): YearTarget[] {
  return targets.filter((t) => t.category === category).sort((a, b) => a.year - b.year);
}

/** The target for a category in a year, or null when that year's value is not recorded here. */
export function targetIn(
  category: TargetCategory,
  year: number,
  targets: readonly YearTarget[] = PARITY_TARGETS,
): YearTarget | null {
  return targets.find((t) => t.category === category && t.year === year) ?? null;
}

/** Strategy years with no recorded target for a category. */
export function unrecordedYears(
  category: TargetCategory,
  targets: readonly YearTarget[] = PARITY_TARGETS,
): number[] {
  const known = new Set(targetsFor(category, targets).map((t) => t.year));
  const years: number[] = [];
  for (let y = STRATEGY_FIRST_YEAR; y <= STRATEGY_LAST_YEAR; y++) if (!known.has(y)) years.push(y);
  return years;
}

/** "2018–2020, 2022–2027": years as compact runs. */
export function yearRuns(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}
