// Pure models of the women view: women by personnel type (count and share) for a country and for all
// UN uniformed personnel, shares by gender-parity category against the recorded targets, rankings of
// contributors, and the breakdown that explains a press figure. Tested in tests/unit/women/.
import { compareNames } from '../../data/selectors/codeOrder.ts';
import { contributorColors, seriesColor, TOTAL_COLOR_INDEX } from '../../charts/palette.ts';
import { yearlySteps, type ReferenceSeries } from '../../charts/referenceStepModel.ts';
import type { RankInput } from '../../charts/rankingModel.ts';
import type { TimeSeries } from '../../charts/timeSeriesModel.ts';
import { GENDERED_TYPES } from './womenSeriesModel.ts';
import type { Manifest, PersonnelType, Totals, YearCrossSection } from '../../data/schema.ts';
import { MILITARY_TYPES, PERSONNEL_TYPE_LABELS } from '../../data/selectors/personnelTypeLabels.ts';
import { rankValues } from '../../data/selectors/ranks.ts';
import type { ByTypeSeries, MaybeCount, WorldTypeMonthly } from '../../data/selectors/typeSeries.ts';
import {
  PARITY_TARGETS,
  STRATEGY_LAST_YEAR,
  TARGET_CATEGORIES,
  TARGET_CATEGORY_LABELS,
  targetIn,
  targetsFor,
  type TargetCategory,
  type YearTarget,
} from './genderParityTargets.ts';

export const CATEGORY_TYPES: Record<TargetCategory, readonly PersonnelType[]> = {
  troops: ['troops'],
  observers_staff: ['experts_on_mission', 'staff_officers'],
  formed_police: ['formed_police_units'],
  individual_police: ['individual_police'],
};

// ---- gender-parity categories and targets -------------------------------------------------------

/** Share of women in a category: its types' women over their personnel; null with no one, or a missing split. */
export function categoryShare(
  byType: Partial<
    Record<
      PersonnelType,
      { total: readonly MaybeCount[]; female: readonly MaybeCount[]; gendered?: readonly MaybeCount[] }
    >
  >,
  category: TargetCategory,
  length: number,
): (number | null)[] {
  return Array.from({ length }, (_, i) => {
    let women = 0;
    let base = 0;
    for (const t of CATEGORY_TYPES[category]) {
      const s = byType[t];
      if (!s) continue;
      const total = s.gendered ? s.gendered[i] : s.total[i];
      if (total === null || total === undefined || total === 0) continue;
      const f = s.female[i];
      if (f === null || f === undefined) return null;
      women += f;
      base += total;
    }
    return base > 0 ? women / base : null;
  });
}

export interface TargetAxis {
  /** Axis months: the data's months from January of the first year, then on to December 2028. */
  months: string[];
  /** Index into manifest.months of the axis' first month. */
  offset: number;
  /** Last axis index with data. */
  lastDataIndex: number;
}

/** An axis from January of `fromYear` to December of the strategy's last year, past the data. */
export function targetAxis(manifest: Manifest, fromYear: number): TargetAxis {
  const offset = Math.max(
    0,
    manifest.months.findIndex((m) => m >= `${fromYear}-01`),
  );
  const months = manifest.months.slice(offset);
  const last = months[months.length - 1] ?? `${fromYear}-01-31`;
  let year = Number(last.slice(0, 4));
  let month = Number(last.slice(5, 7));
  while (year < STRATEGY_LAST_YEAR || (year === STRATEGY_LAST_YEAR && month < 12)) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    months.push(new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10));
  }
  return { months, offset, lastDataIndex: manifest.months.length - 1 - offset };
}

export interface TargetPanel {
  category: TargetCategory;
  label: string;
  country: TimeSeries;
  world: TimeSeries;
  references: ReferenceSeries[];
  targets: YearTarget[];
}

export function targetPanels(options: {
  axis: TargetAxis;
  countryName: string;
  /** ISO3 of the country: its line takes the contributor's own colour (palette.ts). */
  countryId?: string;
  countryByType: ByTypeSeries['byType'];
  worldByType: Partial<Record<PersonnelType, WorldTypeMonthly>>;
  length: number;
  targets?: readonly YearTarget[];
}): TargetPanel[] {
  const { axis, countryName, countryByType, worldByType, length, targets = PARITY_TARGETS } = options;
  const countryColor =
    (options.countryId && contributorColors([options.countryId]).get(options.countryId)) ?? seriesColor(0);
  return TARGET_CATEGORIES.map((category) => {
    const own = categoryShare(countryByType, category, length).slice(axis.offset);
    const world = categoryShare(worldByType, category, length).slice(axis.offset);
    const recorded = targetsFor(category, targets);
    return {
      category,
      label: TARGET_CATEGORY_LABELS[category],
      country: { id: 'country', label: countryName, values: own, color: countryColor },
      world: { id: 'world', label: 'All UN', values: world, color: seriesColor(TOTAL_COLOR_INDEX) },
      references: recorded.map((t) => ({
        id: `target-${t.year}`,
        label: `${t.year} target ${Math.round(t.value * 1000) / 10}%`,
        steps: yearlySteps([{ year: t.year, value: t.value }]),
      })),
      targets: recorded,
    };
  });
}

// ---- rankings -----------------------------------------------------------------------------------

export interface WomenRankRow {
  rank: number | null;
  iso3: string;
  name: string;
  personnel: number;
  women: number | null;
  share: number | null;
  /** Weighted 2028 target share for this country's mix of personnel. */
  target: number | null;
  /** share − target, in share points (0.01 = one percentage point). */
  distance: number | null;
}

export interface WomenRanking {
  rows: WomenRankRow[];
  items: RankInput[];
  /** Contributors at or above the minimum without a gender split that month. */
  unsplit: number;
  /** Contributors left out by the minimum size. */
  belowMinimum: number;
  hasReport: boolean;
}

/** Ranking by share of women (totals.json is enough: every country's women and personnel per month). */
export function rankByShare(
  totals: Totals,
  month: number,
  min: number,
  nameOf: (iso3: string) => string,
): WomenRanking {
  const candidates: { iso3: string; personnel: number; women: number | null }[] = [];
  let belowMinimum = 0;
  for (const [iso3, s] of Object.entries(totals.countries)) {
    const personnel = s.total[month];
    if (personnel === null || personnel === undefined || personnel <= 0) continue;
    if (personnel < min) {
      belowMinimum += 1;
      continue;
    }
    candidates.push({ iso3, personnel, women: s.female[month] ?? null });
  }
  return finishRanking(
    candidates,
    (c) => (c.women === null ? null : c.women / c.personnel),
    nameOf,
    belowMinimum,
    totals.world.total[month] !== null,
    () => null,
  );
}

function finishRanking(
  candidates: { iso3: string; personnel: number; women: number | null; target?: number | null }[],
  key: (c: {
    iso3: string;
    personnel: number;
    women: number | null;
    target?: number | null;
  }) => number | null,
  nameOf: (iso3: string) => string,
  belowMinimum: number,
  hasReport: boolean,
  targetOf: (c: { target?: number | null }) => number | null,
): WomenRanking {
  // rankValues ranks positive values; shift so a share of 0 or a negative distance still ranks.
  const SHIFT = 10;
  const ranked = rankValues(
    candidates.map((c) => {
      const k = key(c);
      return { iso3: c.iso3, value: k === null ? null : k + SHIFT };
    }),
  );
  const rankOf = new Map(ranked.map((r) => [r.iso3, r.rank]));
  const rows: WomenRankRow[] = candidates
    .map((c) => {
      const share = c.women === null ? null : c.women / c.personnel;
      const target = targetOf(c);
      return {
        rank: rankOf.get(c.iso3) ?? null,
        iso3: c.iso3,
        name: nameOf(c.iso3),
        personnel: c.personnel,
        women: c.women,
        share,
        target,
        distance: share === null || target === null ? null : share - target,
      };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareNames(a.name, b.name));
  return {
    rows,
    items: rows.map((r) => ({
      id: r.iso3,
      label: r.name,
      value: key({ iso3: r.iso3, personnel: r.personnel, women: r.women, target: r.target }),
    })),
    unsplit: rows.filter((r) => r.women === null).length,
    belowMinimum,
    hasReport,
  };
}

/**
 * Ranking by distance to the 2028 targets: each country's share of women minus the share its own mix
 * of personnel would have at the 2028 targets (troops 15%, observers and staff officers 25%, formed
 * police 20%, individual police 30%). Needs the month's cross-section by type (years/<YYYY>.json).
 */
export function rankByTarget(
  manifest: Manifest,
  section: YearCrossSection,
  month: number,
  min: number,
  nameOf: (iso3: string) => string,
  hasReport: boolean,
  targets: readonly YearTarget[] = PARITY_TARGETS,
): WomenRanking {
  const byCountry = new Map<
    string,
    { personnel: number; women: number | null; expected: number; covered: number }
  >();
  const targetByType = new Map<PersonnelType, number>();
  for (const category of TARGET_CATEGORIES) {
    const t = targetIn(category, STRATEGY_LAST_YEAR, targets);
    if (t) for (const type of CATEGORY_TYPES[category]) targetByType.set(type, t.value);
  }
  for (let j = 0; j < section.month.length; j++) {
    if (section.month[j] !== month) continue;
    const iso3 = section.iso3[j] ?? '';
    const type = manifest.personnelTypes[section.type[j] ?? -1];
    const total = section.total[j] ?? 0;
    const female = section.female[j] ?? null;
    const slot = byCountry.get(iso3) ?? { personnel: 0, women: 0, expected: 0, covered: 0 };
    slot.personnel += total;
    slot.women = slot.women === null || female === null ? null : slot.women + female;
    const t = type ? targetByType.get(type) : undefined;
    if (t !== undefined) {
      slot.expected += total * t;
      slot.covered += total;
    }
    byCountry.set(iso3, slot);
  }
  const candidates: { iso3: string; personnel: number; women: number | null; target: number | null }[] = [];
  let belowMinimum = 0;
  for (const [iso3, s] of byCountry) {
    if (s.personnel <= 0) continue;
    if (s.personnel < min) {
      belowMinimum += 1;
      continue;
    }
    // Personnel of a type without a target (unsplit police) would make the yardstick unclear.
    const target = s.covered === s.personnel && s.personnel > 0 ? s.expected / s.personnel : null;
    candidates.push({ iso3, personnel: s.personnel, women: s.women, target });
  }
  return finishRanking(
    candidates,
    (c) =>
      c.women === null || c.target === null || c.target === undefined
        ? null
        : c.women / c.personnel - c.target,
    nameOf,
    belowMinimum,
    hasReport,
    (c) => c.target ?? null,
  );
}

// ---- the press figure ---------------------------------------------------------------------------

export interface BreakdownRow {
  type: PersonnelType;
  label: string;
  group: 'military' | 'police';
  women: number | null;
  personnel: number;
}

export interface PressBreakdown {
  rows: BreakdownRow[];
  women: number | null;
  personnel: number;
  militaryWomen: number | null;
  policeWomen: number | null;
  hasSplit: boolean;
}

/** Women in one month by type, grouped into military (troops, staff officers, experts on mission) and police. */
export function pressBreakdown(series: ByTypeSeries, month: number): PressBreakdown {
  const rows: BreakdownRow[] = [];
  for (const type of [...GENDERED_TYPES, 'police' as const]) {
    const s = series.byType[type];
    const personnel = s?.total[month] ?? null;
    if (personnel === null || personnel === 0) continue;
    rows.push({
      type,
      label: PERSONNEL_TYPE_LABELS[type],
      group: MILITARY_TYPES.includes(type) ? 'military' : 'police',
      women: s?.female[month] ?? null,
      personnel,
    });
  }
  const sum = (group?: 'military' | 'police') => {
    let total = 0;
    for (const r of rows) {
      if (group && r.group !== group) continue;
      if (r.women === null) return null;
      total += r.women;
    }
    return total;
  };
  const women = sum();
  return {
    rows,
    women,
    personnel: rows.reduce((n, r) => n + r.personnel, 0),
    militaryWomen: sum('military'),
    policeWomen: sum('police'),
    hasSplit: rows.length > 0 && women !== null,
  };
}
