// Generated description of the compare view's first chart (the ranking); the later charts' are in
// moreText.ts. Every figure comes from the models.
import { monthLabel as formatMonthLong } from '../../data/selectors/months.ts';
import type { MonthPerCapita, RankedCountry } from '../../data/selectors/perCapitaRanking.ts';
import { populationYearText } from '../../data/selectors/perCapitaRanking.ts';
import { formatNumber } from '../../ui/format.ts';

const count = formatNumber;
const perMillion = (n: number) => `${n.toFixed(1)} per million`;

export function describeRanking(model: MonthPerCapita, highlighted: readonly string[]): string {
  const month = formatMonthLong(model.month);
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
