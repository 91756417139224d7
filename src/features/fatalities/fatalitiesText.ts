// Words of the fatalities view: generated descriptions of its charts (every figure comes from the
// models), the personnel choice and the source line.
import type { Fatalities } from '../../data/schema.ts';
import type { PersonnelScope } from '../../data/selectors/fatalityBreakdowns.ts';
import { describeNoRate, type YearRate } from '../../data/selectors/fatalityRates.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import type { ByYearModel } from './fatalitiesModel.ts';
import type { CategoryCount, CumulativeModel } from './breakdownModels.ts';
import type { RateModel } from './rateModel.ts';
import { listJoin } from '../../ui/listJoin.ts';
import { formatNumber } from '../../ui/format.ts';

export const count = formatNumber;
export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

export function describeByYear(model: ByYearModel, who: string): string {
  const first = model.years[0];
  const last = model.years[model.years.length - 1];
  if (model.deaths === 0 || first === undefined || last === undefined) {
    return `Stacked bars of fatalities per year among ${who}: the data record none.`;
  }
  let peak = 0;
  model.totals.forEach((t, i) => {
    if (t > (model.totals[peak] ?? 0)) peak = i;
  });
  const parts = model.series
    .map((s) => ({ label: s.label, n: s.values.reduce((a, b) => a + b, 0) }))
    .map((p) => `${p.label.toLowerCase()} ${count(p.n)}`);
  return (
    `Stacked bars of fatalities per year among ${who}, ${first} to ${last}, split by type of incident. ` +
    `${plural(model.deaths, 'death')} in all: ${listJoin(parts)}. ` +
    `The deadliest year was ${model.years[peak]} with ${plural(model.totals[peak] ?? 0, 'death')}.`
  );
}

export const SCOPE_SHORT: Record<PersonnelScope, string> = {
  uniformed: 'Uniformed personnel only',
  all: 'All personnel, including civilian staff',
};

export function fatalitySource(f: Fatalities, version: string): string {
  return `Source: UN Department of Peace Operations, fatalities dataset DPPADPOSS-FATALITIES (snapshot ${f.snapshot}; one row per death, all missions incl. special political missions, since 1948). Blue Helmets dataset ${version}.`;
}

export function rateSource(f: Fatalities, version: string): string {
  return `Sources: deaths — UN DPO fatalities dataset (snapshot ${f.snapshot}), uniformed personnel only; personnel-years — average month-end headcount of each year, UN DPO monthly contribution reports and IPI Peacekeeping Database. Blue Helmets dataset ${version}.`;
}

export function describeCounts(items: readonly CategoryCount[], what: string, who: string, top = 5): string {
  const total = items.reduce((a, b) => a + b.value, 0);
  if (total === 0) return `Bars of fatalities by ${what} among ${who}: the data record none.`;
  const listed = items
    .filter((i) => i.value > 0)
    .slice(0, top)
    .map((i) => `${i.label} ${count(i.value)}`);
  const rest = items.filter((i) => i.value > 0).length - listed.length;
  return (
    `Bars of fatalities by ${what} among ${who}, ${plural(total, 'death')} in all. ` +
    `Largest: ${listJoin(listed)}${rest > 0 ? `; ${count(rest)} more with fewer` : ''}.`
  );
}

export function describeCumulative(model: CumulativeModel, who: string): string {
  const last = model.values[model.values.length - 1];
  const lastMonth = model.months[model.months.length - 1];
  if (!model.firstDeath || last === undefined || !lastMonth)
    return `Cumulative fatalities among ${who}: the data record none.`;
  const half = model.values.findIndex((v) => v >= last / 2);
  return (
    `Line of cumulative fatalities among ${who}, from the first recorded death on ${model.firstDeath} ` +
    `to ${monthLabel(lastMonth)}: ${plural(last, 'death')}. ` +
    `Half of them had died by ${monthLabel(model.months[half] ?? lastMonth)}.`
  );
}

function rateText(r: YearRate): string {
  return r.kind === 'rate' ? r.perThousand.toFixed(2) : 'no rate';
}

export function describeRate(model: RateModel): string {
  const [country, world, ...peers] = model.series;
  if (!country || !world) return 'Rate chart with no data to show.';
  const pooled = (s: typeof country) =>
    s.pooled
      ? `${s.pooled.perThousand.toFixed(2)} over ${plural(s.pooled.years, 'year')}`
      : 'no rate in any year';
  const latest = [...country.rates].reverse().find((r) => r.kind === 'rate');
  const gaps = country.rates.filter((r): r is YearRate & { kind: 'no-rate' } => r.kind === 'no-rate');
  const gapText =
    gaps.length > 0
      ? ` No rate for ${listJoin(gaps.slice(0, 4).map((g) => `${g.year} (${describeNoRate(g)})`))}${gaps.length > 4 ? ` and ${count(gaps.length - 4)} more years` : ''}.`
      : '';
  return (
    `Lines of uniformed deaths per 1,000 personnel-years, by year, for ${country.label}, all UN uniformed personnel` +
    `${peers.length > 0 ? ` and ${listJoin(peers.map((p) => p.label))}` : ''}. ` +
    `Over the years with a rate: ${country.label} ${pooled(country)}; all UN personnel ${pooled(world)}` +
    `${peers.length > 0 ? `; ${peers.map((p) => `${p.label} ${pooled(p)}`).join('; ')}` : ''}.` +
    `${latest ? ` Latest year with a rate for ${country.label}: ${latest.year}, ${rateText(latest)}.` : ''}` +
    gapText
  );
}
