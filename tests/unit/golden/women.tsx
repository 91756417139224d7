// Golden pictures of the women view's charts, drawn from the view's own models on a small fixed fixture.
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { MarkedLineChart } from '../../../src/charts/MarkedLineChart.tsx';
import {
  countryTypeSeries,
  reportedTypeMonths,
  worldTypeSeries,
} from '../../../src/data/selectors/typeSeries.ts';
import { DistanceBarChart } from '../../../src/features/women/DistanceBarChart.tsx';
import { PressFigureChart } from '../../../src/features/women/PressFigureChart.tsx';
import {
  pressBreakdown,
  rankByTarget,
  targetAxis,
  targetPanels,
} from '../../../src/features/women/womenModel.ts';
import { sharePanels } from '../../../src/features/women/sharePanels.ts';
import {
  countryWomenSeries,
  sharedShareMax,
  worldWomenSeries,
} from '../../../src/features/women/womenSeriesModel.ts';
import { seriesColor } from '../../../src/charts/palette.ts';
import { points } from '../../../src/features/women/womenText.ts';
import {
  makeCells,
  makeCrossSection,
  makeManifest,
  makeTotals,
  type CellSpec,
} from '../deployments/fixtures.ts';
import type { Golden } from './golden.ts';

// Two years from 2020-01, gender throughout except month 7 (withheld, like August 2020).
function fixture() {
  const manifest = makeManifest({ first: '2020-01', count: 24 });
  const own: CellSpec[] = [];
  const other: CellSpec[] = [];
  for (let m = 0; m < 24; m++) {
    const withheld = m === 7;
    own.push({ month: m, type: 'troops', total: 1000, female: withheld ? null : 40 + m * 2 });
    own.push({ month: m, type: 'staff_officers', total: 40, female: withheld ? null : 6 });
    own.push({ month: m, type: 'experts_on_mission', total: 20, female: withheld ? null : 2 });
    own.push({ month: m, type: 'formed_police_units', total: 160, female: withheld ? null : 40 });
    own.push({ month: m, type: 'individual_police', total: 30, female: withheld ? null : 9 });
    other.push({ month: m, type: 'troops', total: 2000, female: withheld ? null : 160 });
    other.push({ month: m, type: 'individual_police', total: 100, female: withheld ? null : 32 });
  }
  const aaa = makeCells(manifest, 'AAA', own);
  const bbb = makeCells(manifest, 'BBB', other);
  const totals = makeTotals(manifest, [aaa, bbb]);
  const reported = reportedTypeMonths(manifest, totals);
  return { manifest, aaa, bbb, totals, byType: countryTypeSeries(manifest, reported, aaa) };
}

export const womenGoldens: Golden[] = [
  {
    name: 'women-share',
    about: 'one panel per type, the country against all UN in grey, broken where the split is withheld',
    render: () => {
      const { manifest, byType, totals } = fixture();
      const women = countryWomenSeries(manifest, byType);
      const world = worldWomenSeries(manifest, totals, worldTypeSeries(manifest, totals));
      const range = { from: 0, to: manifest.months.length - 1 };
      const troops = sharePanels(women, world, { name: 'Aland', color: seriesColor(0) }, range).find(
        (p) => p.id === 'troops',
      );
      if (!troops) throw new Error('no troops panel');
      return (
        <LineChart
          title="Troops: share of women, Aland and all UN"
          description="Test."
          months={manifest.months}
          series={[troops.country, troops.world]}
          valueFormat="percent"
          yMax={sharedShareMax([women.share, world.share], range) ?? undefined}
          highlightedIds={['country']}
          endLabels="none"
          width={260}
          height={170}
        />
      );
    },
  },
  {
    name: 'women-targets',
    about: 'shares against the recorded yearly targets on an axis to 2028',
    render: () => {
      const { manifest, totals, byType } = fixture();
      const axis = targetAxis(manifest, 2020);
      const [troops] = targetPanels({
        axis,
        countryName: 'Aland',
        countryByType: byType.byType,
        worldByType: worldTypeSeries(manifest, totals).byType,
        length: manifest.months.length,
      });
      if (!troops) throw new Error('no troops panel');
      return (
        <MarkedLineChart
          title="Troops: share of women"
          description="Test."
          months={axis.months}
          series={[troops.country, troops.world]}
          references={troops.references}
          yAxis={{ kind: 'value', scaleType: 'linear', format: 'percent' }}
          lastDataIndex={axis.lastDataIndex}
          width={520}
          height={260}
        />
      );
    },
  },
  {
    name: 'women-ranking',
    about: 'distance to the 2028 targets either side of zero',
    render: () => {
      const { manifest, aaa, bbb } = fixture();
      const ranking = rankByTarget(
        manifest,
        makeCrossSection(manifest, 2021, [aaa, bbb]),
        20,
        0,
        (iso) => `Country ${iso}`,
        true,
      );
      return (
        <DistanceBarChart
          title="Distance"
          description="Test."
          items={ranking.items}
          highlightedIds={['AAA']}
          formatValue={points}
          sideLabels={['below target', 'above target']}
          width={480}
        />
      );
    },
  },
  {
    name: 'press-figure',
    about: 'all women split into military and police',
    render: () => {
      const { byType } = fixture();
      const entries = [0, 23].map((m) => ({
        id: String(m),
        heading: `Month ${m}`,
        breakdown: pressBreakdown(byType, m),
      }));
      return <PressFigureChart title="Women" description="Test." entries={entries} width={480} />;
    },
  },
];
