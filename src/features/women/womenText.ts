// Generated sentences of the women view: every figure comes from the models, none is typed in.
import { formatPercent } from '../../ui/format.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import {
  TARGET_CATEGORY_LABELS,
  TARGET_SOURCES,
  unrecordedYears,
  yearRuns,
  type YearTarget,
} from './genderParityTargets.ts';
import type { PressBreakdown, TargetPanel, WomenRanking } from './womenModel.ts';
import type { WomenPressFigure } from './pressFigures.ts';

import { count } from './womenShareText.ts';

export { count };
export const points = (d: number) => `${d >= 0 ? '+' : '−'}${Math.abs(d * 100).toFixed(1)} points`;

export function describeTargets(options: {
  name: string;
  axisMonths: readonly string[];
  lastDataIndex: number;
  panels: readonly TargetPanel[];
}): string {
  const { name, axisMonths, lastDataIndex, panels } = options;
  const month = monthLabel(axisMonths[lastDataIndex] ?? '');
  const parts = panels.map((p) => {
    const own = p.country.values[lastDataIndex] ?? null;
    const world = p.world.values[lastDataIndex] ?? null;
    const end = p.targets.find((t) => t.year === 2028);
    return `${p.label.toLowerCase()}: ${name} ${own === null ? 'none deployed' : formatPercent(own)}, all UN ${world === null ? 'n/a' : formatPercent(world)}${
      end ? `, 2028 target ${formatPercent(end.value)}` : ''
    }`;
  });
  return `Share of women by gender-parity category, ${month}: ${parts.join('; ')}. Dashed steps are the yearly targets recorded with a source; other years are left blank.`;
}

export function targetNote(panels: readonly TargetPanel[]): string {
  return panels
    .map((p) => {
      const missing = unrecordedYears(p.category, p.targets);
      const known = p.targets.map((t) => `${t.year}: ${formatPercent(t.value)}`).join(', ');
      return `${p.label}: ${known || 'none'}${missing.length > 0 ? ` (not recorded: ${yearRuns(missing)})` : ''}.`;
    })
    .join(' ');
}

export function targetSources(targets: readonly YearTarget[]): string {
  const ids = [...new Set(targets.map((t) => t.sourceId))];
  return ids
    .map((id) => {
      const s = TARGET_SOURCES[id];
      if (!s) return id;
      const values = targets
        .filter((t) => t.sourceId === id)
        .map(
          (t) => `${TARGET_CATEGORY_LABELS[t.category].toLowerCase()} ${t.year}: ${formatPercent(t.value)}`,
        )
        .join(', ');
      return `${s.citation}${s.url ? ` (${s.url})` : ''} — ${values}`;
    })
    .join('; ');
}

export function describeRanking(options: {
  monthText: string;
  ranking: WomenRanking;
  by: 'share' | 'target';
  min: number;
  highlight: string;
  highlightName: string;
}): string {
  const { monthText, ranking, by, min, highlight, highlightName } = options;
  if (!ranking.hasReport) return `There is no report for ${monthText}, so no ranking.`;
  const ranked = ranking.rows.filter((r) => r.rank !== null);
  if (ranked.length === 0) {
    return `No contributor with at least ${count(min)} personnel has a gender split in ${monthText}.`;
  }
  const value = (r: (typeof ranked)[number]) =>
    by === 'share'
      ? formatPercent(r.share ?? 0)
      : `${points(r.distance ?? 0)} (${formatPercent(r.share ?? 0)} against ${formatPercent(r.target ?? 0)})`;
  const top = ranked.slice(0, 3).map((r) => `${r.name} ${value(r)}`);
  const own = ranking.rows.find((r) => r.iso3 === highlight);
  const what = by === 'share' ? 'share of women' : 'distance to the 2028 targets for their mix of personnel';
  return [
    `${ranked.length} contributors with at least ${count(min)} uniformed personnel in ${monthText}, ranked by ${what}.`,
    `Highest: ${top.join('; ')}.`,
    own && own.rank !== null
      ? `${highlightName}: rank ${own.rank} of ${ranked.length}, ${value(own)}.`
      : own
        ? `${highlightName} has no gender split that month.`
        : `${highlightName} is not included (fewer than ${count(min)} personnel, or none deployed).`,
    ranking.belowMinimum > 0
      ? `${ranking.belowMinimum} smaller contributors are left out by the minimum size.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function describePress(options: {
  name: string;
  monthText: string;
  breakdown: PressBreakdown;
  figure: WomenPressFigure | null;
  isFigureMonth: boolean;
}): string {
  const { name, monthText, breakdown, figure, isFigureMonth } = options;
  if (!breakdown.hasSplit || breakdown.women === null) {
    return `There is no gender split for ${name} in ${monthText}.`;
  }
  const military = breakdown.rows.filter((r) => r.group === 'military' && (r.women ?? 0) > 0);
  const police = breakdown.rows.filter((r) => r.group === 'police' && (r.women ?? 0) > 0);
  const list = (rows: typeof military) =>
    rows.map((r) => `${r.label.toLowerCase()} ${count(r.women ?? 0)}`).join(', ');
  const sentences = [
    `In ${monthText}, ${name} had ${count(breakdown.women)} women among its ${count(breakdown.personnel)} uniformed personnel in UN operations:` +
      ` ${count(breakdown.militaryWomen ?? 0)} in military categories${military.length > 0 ? ` (${list(military)})` : ''}` +
      ` and ${count(breakdown.policeWomen ?? 0)} in police${police.length > 0 ? ` (${list(police)})` : ''}.`,
  ];
  if (figure && isFigureMonth) {
    {
      const matches = breakdown.militaryWomen === figure.women;
      const matchesAll = breakdown.women === figure.women;
      sentences.push(
        matches
          ? `The press figure of ${count(figure.women)} “female members of the Armed Forces” is the military count only; with police, ${name} had ${count(breakdown.women)} women deployed.`
          : matchesAll
            ? `The press figure of ${count(figure.women)} equals all ${name}'s uniformed women that month.`
            : `The press figure of ${count(figure.women)} matches neither the military count (${count(breakdown.militaryWomen ?? 0)}) nor all women (${count(breakdown.women)}).`,
      );
    }
  }
  return sentences.join(' ');
}
