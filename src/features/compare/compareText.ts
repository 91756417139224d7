// Words of the compare view: generated descriptions of its charts (every figure comes from the
// models) and its source lines.
import { monthLabel } from '../../data/selectors/months.ts';
import type { MonthPerCapita, RankedCountry } from '../../data/selectors/perCapitaRanking.ts';
import { populationYearText } from '../../data/selectors/perCapitaRanking.ts';
import { formatNumber } from '../../ui/format.ts';
import { listJoin } from '../../ui/listJoin.ts';
import type { ProfileModel } from '../../data/selectors/countryProfile.ts';

const count = formatNumber;
const perMillion = (n: number) => `${n.toFixed(1)} per million`;
const people = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)} million` : count(n));

export function describeRanking(model: MonthPerCapita, highlighted: readonly string[]): string {
  const month = monthLabel(model.month);
  if (model.gapReason) return `No ranking for ${month}: ${model.gapReason}`;
  const top = model.ranked.slice(0, 5).map((r) => `${r.rank}. ${r.name} ${perMillion(r.perMillion)}`);
  const picked = highlighted
    .map((iso3) => model.ranked.find((r) => r.iso3 === iso3))
    .filter((r): r is RankedCountry => r !== undefined)
    .map(
      (r) =>
        `${r.name} ranks ${r.rank} of ${model.ranked.length} (${perMillion(r.perMillion)}, ${count(r.personnel)} personnel)`,
    );
  return (
    `Bars of uniformed personnel per million people in ${month}, for the ${count(model.ranked.length)} contributors with at least ${count(model.min)} personnel; ` +
    `population from ${populationYearText(model.populationYear)}. Highest: ${top.join('; ')}.` +
    (picked.length > 0 ? ` ${picked.join('; ')}.` : '') +
    (model.belowMinimum.length > 0
      ? ` ${count(model.belowMinimum.length)} smaller contributors are not ranked.`
      : '')
  );
}

export const round1 = (v: number) => Math.round(v * 10) / 10;
export const POPULATION_SOURCE = 'World Bank, World Development Indicators SP.POP.TOTL (population, total)';
export const PERSONNEL_SOURCE =
  'UN Department of Peace Operations, monthly contribution reports (IPI Peacekeeping Database before 2015)';

export function describeScatter(model: MonthPerCapita, highlighted: readonly string[]): string {
  const month = monthLabel(model.month);
  if (model.gapReason) return `No scatter for ${month}: ${model.gapReason}`;
  const picked = highlighted
    .map((iso3) => model.ranked.find((r) => r.iso3 === iso3))
    .filter((r): r is RankedCountry => r !== undefined)
    .map((r) => `${r.name}: ${count(r.personnel)} personnel, population ${people(r.population)}`);
  const largest = [...model.ranked].sort((a, b) => b.personnel - a.personnel)[0];
  return (
    `Scatter of ${count(model.ranked.length)} contributors in ${month} on logarithmic axes: population across, personnel up. ` +
    `Dashed diagonals mark equal personnel per million people (1, 10, 100 and 1,000). ` +
    (largest ? `Largest contributor: ${largest.name}, ${count(largest.personnel)} personnel. ` : '') +
    (picked.length > 0 ? `${picked.join('; ')}.` : '')
  );
}

export function describeMap(
  model: MonthPerCapita,
  classCounts: readonly { label: string; count: number }[],
): string {
  const month = monthLabel(model.month);
  if (model.gapReason) return `No map for ${month}: ${model.gapReason}`;
  const top = model.ranked.slice(0, 3).map((r) => `${r.name} (${perMillion(r.perMillion)})`);
  const counts = classCounts.filter((c) => c.count > 0).map((c) => `${c.label}: ${count(c.count)}`);
  return (
    `World map of uniformed personnel per million people in ${month}, population from ${populationYearText(model.populationYear)}. ` +
    `Highest among contributors with at least ${count(model.min)} personnel: ${listJoin(top)}. Countries per class — ${counts.join('; ')}; shapes without a country code (such as Somaliland) are drawn as no data too.`
  );
}

export function describeProfile(model: ProfileModel, name: string, missionLabel: string): string {
  const first = model.rows[0];
  const last = model.rows[model.rows.length - 1];
  if (!first || !last) return `${name} has no personnel in the data.`;
  const peak = model.rows.reduce((best, r) => ((r.total ?? -1) > (best.total ?? -1) ? r : best), first);
  const maxOps = model.rows.reduce(
    (best, r) => ((r.operations ?? -1) > (best.operations ?? -1) ? r : best),
    first,
  );
  const firstLed = model.rows.find((r) => r.largest?.acronym === model.mission);
  return (
    `Lines of ${name}'s uniformed personnel and of the number of operations they served in, monthly from ${monthLabel(first.month)} ` +
    `(its first month in the data, ${count(first.total ?? 0)} personnel) to ${monthLabel(last.month)} (${count(last.total ?? 0)} personnel` +
    `${last.operations !== null ? ` in ${count(last.operations)} operations` : ''}). ` +
    `Peak: ${count(peak.total ?? 0)} in ${monthLabel(peak.month)}. Most operations at once: ${count(maxOps.operations ?? 0)} (first in ${monthLabel(maxOps.month)}). ` +
    (firstLed
      ? `${missionLabel} first became its largest deployment in ${monthLabel(firstLed.month)}; `
      : '') +
    `${missionLabel} had ${count(last.inMission ?? 0)} of its personnel in ${monthLabel(last.month)}. Months without mission detail are left blank.`
  );
}
