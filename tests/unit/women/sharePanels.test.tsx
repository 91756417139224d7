import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { seriesColor, TOTAL_COLOR_INDEX } from '../../../src/charts/palette.ts';
import { SmallMultiples, smallMultipleColumns } from '../../../src/charts/SmallMultiples.tsx';
import {
  countryTypeSeries,
  reportedTypeMonths,
  worldTypeSeries,
} from '../../../src/data/selectors/typeSeries.ts';
import { sharePanels } from '../../../src/features/women/sharePanels.ts';
import {
  countryWomenSeries,
  sharedShareMax,
  worldWomenSeries,
} from '../../../src/features/women/womenSeriesModel.ts';
import { makeCells, makeManifest, makeTotals, type CellSpec } from '../deployments/fixtures.ts';

// One year from 2021-01: Aland sends troops and individual police, no one else; Bothnia sends every type.
function fixture() {
  const manifest = makeManifest({ first: '2021-01', count: 12 });
  const own: CellSpec[] = [];
  const other: CellSpec[] = [];
  for (let m = 0; m < 12; m++) {
    own.push({ month: m, type: 'troops', total: 1000, female: 40 + m });
    own.push({ month: m, type: 'individual_police', total: 20, female: 8 });
    other.push({ month: m, type: 'troops', total: 2000, female: 100 });
    other.push({ month: m, type: 'staff_officers', total: 100, female: 15 });
    other.push({ month: m, type: 'experts_on_mission', total: 50, female: 10 });
    other.push({ month: m, type: 'formed_police_units', total: 300, female: 45 });
    other.push({ month: m, type: 'individual_police', total: 100, female: 30 });
  }
  const aaa = makeCells(manifest, 'AAA', own);
  const bbb = makeCells(manifest, 'BBB', other);
  const totals = makeTotals(manifest, [aaa, bbb]);
  const reported = reportedTypeMonths(manifest, totals);
  const mine = countryWomenSeries(manifest, countryTypeSeries(manifest, reported, aaa));
  const all = worldWomenSeries(manifest, totals, worldTypeSeries(manifest, totals));
  return { manifest, mine, all, range: { from: 0, to: 11 } };
}

describe('the share of women by type as small multiples (it drew six crossing lines per chart)', () => {
  it('gives every gendered type its own panel, all types first, even a type the country never sent', () => {
    const { mine, all, range } = fixture();
    const panels = sharePanels(mine, all, { name: 'Aland', color: seriesColor(0) }, range);
    expect(panels.map((p) => p.label)).toEqual([
      'All types',
      'Troops',
      'Staff officers',
      'Experts on mission',
      'Formed police units',
      'Individual police',
    ]);
    expect(panels.map((p) => p.hasCountryData)).toEqual([true, true, false, false, false, true]);
  });

  it('draws two lines per panel: the country in its colour and all UN as the grey reference', () => {
    const { mine, all, range } = fixture();
    const panels = sharePanels(mine, all, { name: 'Aland', color: seriesColor(0) }, range);
    for (const p of panels) {
      expect(p.country).toMatchObject({ id: 'country', label: 'Aland', color: seriesColor(0) });
      expect(p.world).toMatchObject({ id: 'un', label: 'All UN', color: seriesColor(TOTAL_COLOR_INDEX) });
    }
    const troops = panels[1];
    // 2,000 + 1,000 troops, 100 + 40 women in January.
    expect(troops?.world.values[0]).toBeCloseTo(140 / 3000);
    expect(troops?.country.values[0]).toBeCloseTo(40 / 1000);
  });

  it('puts every panel on one y-scale, so equal heights mean equal shares across types', () => {
    const { manifest, mine, all, range } = fixture();
    const panels = sharePanels(mine, all, { name: 'Aland', color: seriesColor(0) }, range);
    const max = sharedShareMax([mine.share, all.share], range);
    const markup = renderToStaticMarkup(
      <SmallMultiples
        label="Share of women by type"
        width={390}
        panels={panels.map((p) => ({
          id: p.id,
          title: p.label,
          render: (size) => (
            <LineChart
              title={p.label}
              description="d"
              months={manifest.months}
              series={[p.country, p.world]}
              range={range}
              valueFormat="percent"
              yMax={max ?? undefined}
              endLabels="none"
              width={size.width}
              height={size.height}
            />
          ),
        }))}
      />,
    );
    const svgs = markup.split('<svg').slice(1);
    expect(svgs).toHaveLength(6);
    const tops = svgs.map((svg) => {
      const left = svg.slice(svg.indexOf('bh-axis--left'), svg.indexOf('bh-axis--bottom'));
      return [...left.matchAll(/>([0-9.]+%)<\/text>/g)].map((m) => m[1]).at(-1);
    });
    expect(tops[0]).toBeDefined();
    expect(new Set(tops).size).toBe(1);
    for (const svg of svgs) expect(svg.match(/class="bh-line( |")/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });
});

describe('small multiples grid', () => {
  it('fits two columns on a phone and three on a wide screen, balancing the rows', () => {
    expect(smallMultipleColumns(358, 6).columns).toBe(2);
    expect(smallMultipleColumns(1200, 6).columns).toBe(3);
    expect(smallMultipleColumns(1200, 4).columns).toBe(2);
    expect(smallMultipleColumns(1200, 5).columns).toBe(3);
    expect(smallMultipleColumns(200, 6).columns).toBe(1);
    const { columns, panelWidth } = smallMultipleColumns(358, 6);
    expect(columns * panelWidth + 16 * (columns - 1)).toBeLessThanOrEqual(358);
  });
});
