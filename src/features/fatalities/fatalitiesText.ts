// Generated description of the first chart (deaths per year): every figure comes from the model. The
// other charts' descriptions are in moreText.ts.
import type { ByYearModel } from './fatalitiesModel.ts';
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
