// Rank among contributors over time, with milestones.
import { useCallback, useMemo } from 'react';
import { useCountryCells, useTotals } from '../../../data/queries.ts';
import type { CountryCells, Manifest, Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { Disclosure } from '../../../ui/Disclosure.tsx';
import { monthIndex, monthLabel } from '../../../data/selectors/months.ts';
import { countryMissionSeries } from '../../../data/selectors/missionSeries.ts';
import { rankSeries } from '../../../data/selectors/rankSeries.ts';
import { sourceLine } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import type { TimeSeries } from '../../../charts/timeSeriesModel.ts';
import { MarkedLineChart, type ChartMarker } from '../../../charts/MarkedLineChart.tsx';
import { formatMonthSpan } from '../../../charts/monthFormat.ts';
import { describeRank, rankSpells } from '../deploymentsModel.ts';
import { deploymentMilestones, type Milestone } from '../milestonesModel.ts';
import { claimsFor } from '../nationalClaims.ts';
import type { DeploymentsChartProps } from '../deploymentsCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import { MissionLink } from '../../../ui/MissionLink.tsx';
import { MissionLinkedText } from '../../../ui/MissionLinkedText.tsx';

export default function RankChart(props: DeploymentsChartProps) {
  const cells = useCountryCells(props.view.country);
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => (
        <Loaded query={cells} what={`data for ${props.name}`}>
          {(c) => <Rank {...props} totals={t} cells={c} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function Rank({
  manifest,
  view,
  name,
  range,
  totals,
  cells,
}: DeploymentsChartProps & { totals: Totals; cells: CountryCells }) {
  const ranks = useMemo(() => rankSeries(totals, view.country), [totals, view.country]);
  const hasReport = useMemo(() => manifest.monthInfo.map((m) => m.status === 'ok'), [manifest]);
  const spells = useMemo(() => rankSpells(ranks, hasReport, 1), [ranks, hasReport]);
  const own = useMemo(() => totals.countries[view.country]?.total ?? [], [totals, view.country]);
  const missions = useMemo(() => countryMissionSeries(manifest, cells).missions, [manifest, cells]);
  const milestones = useMemo(
    () =>
      deploymentMilestones({
        manifest,
        iso3: view.country,
        name,
        ranks,
        spells,
        totals: own,
        missions,
        claims: claimsFor(view.country),
      }),
    [manifest, view.country, name, ranks, spells, own, missions],
  );
  const series = useMemo<TimeSeries[]>(
    () => [
      {
        id: view.country,
        label: name,
        values: ranks.map((r) => r?.rank ?? null),
        color: 'var(--bh-accent, #0072B2)',
      },
    ],
    [ranks, view.country, name],
  );
  const markers = useMemo<ChartMarker[]>(
    () =>
      milestones
        .filter(
          (m): m is Milestone & { month: string; badge: string } => m.month !== null && m.badge !== undefined,
        )
        .map((m) => ({ id: m.id, month: m.month, badge: m.badge, description: `${m.when}: ${m.text}` })),
    [milestones],
  );
  const table = useMemo(() => {
    type Row = { index: number; month: string };
    const rows: Row[] = [];
    for (let i = range.from; i <= range.to; i++) rows.push({ index: i, month: manifest.months[i] ?? '' });
    const columns: DataTableColumn<Row>[] = [
      {
        id: 'month',
        label: 'Month',
        kind: 'text',
        value: (r) => monthLabel(r.month),
        sortValue: (r) => r.index,
      },
      { id: 'rank', label: 'Rank', kind: 'number', value: (r) => ranks[r.index]?.rank ?? null },
      { id: 'of', label: 'Contributors', kind: 'number', value: (r) => ranks[r.index]?.of ?? null },
      { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => own[r.index] ?? null },
    ];
    return { rows, columns };
  }, [manifest, range, ranks, own]);
  const title = `${name}: rank among contributors`;
  const description = describeRank({ name, manifest, ranks, range, spells });
  const source = sourceLine(
    manifest,
    range.from,
    range.to,
    'Rank 1 = most uniformed personnel deployed that month; equal numbers share a rank.',
  );
  const valueText = useCallback(
    (_id: string, index: number, value: number | null) => {
      if (value === null) return hasReport[index] ? 'not deployed' : 'no report';
      return `rank ${value} of ${ranks[index]?.of ?? '?'}`;
    },
    [ranks, hasReport],
  );
  const gapLabel = useCallback(
    (from: string, to: string) => {
      const a = monthIndex(manifest.months, from);
      const b = monthIndex(manifest.months, to);
      const anyReport = a !== null && b !== null && hasReport.slice(a, b + 1).some(Boolean);
      return `${anyReport ? 'not deployed or no report' : 'no report'}: ${formatMonthSpan(from, to)}`;
    },
    [manifest, hasReport],
  );
  return (
    <ChartUnit
      id="rank"
      title={title}
      subtitle="Rank by number of uniformed personnel deployed; 1 is the largest contributor. Numbered badges: milestones listed below."
      description={description}
      source={source}
      exportName={`${view.country.toLowerCase()}-rank`}
      exportChart={(size) => (
        <MarkedLineChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          yAxis={{ kind: 'rank' }}
          yAxisTitle="Rank"
          markers={markers}
          valueText={valueText}
          gapLabel={gapLabel}
          width={size.width}
          height={size.height}
        />
      )}
      chart={
        <MarkedLineChart
          title={title}
          description={description}
          months={manifest.months}
          series={series}
          range={range}
          yAxis={{ kind: 'rank' }}
          yAxisTitle="Rank"
          markers={markers}
          valueText={valueText}
          gapLabel={gapLabel}
        />
      }
      table={{
        caption: `${title}, ${formatMonthSpan(manifest.months[range.from] ?? '', manifest.months[range.to] ?? '')}`,
        columns: table.columns,
        rows: table.rows,
        rowKey: (r) => String(r.index),
        initialSort: { columnId: 'month', direction: 'descending' },
      }}
      after={<MilestoneList name={name} milestones={milestones} missions={manifest.missions} />}
    />
  );
}

const KIND_LABEL: Record<Milestone['kind'], string> = {
  claim: 'National claim',
  data: 'From the data',
  check: 'Press figure checked',
  closure: 'Mission closed',
};

function MilestoneList({
  name,
  milestones,
  missions,
}: {
  name: string;
  milestones: Milestone[];
  missions: Manifest['missions'];
}) {
  const events = milestones.filter((m) => m.kind !== 'closure');
  const closures = milestones.flatMap((m) => (m.closure ? [{ ...m.closure, source: m.source }] : []));
  if (milestones.length === 0) return null;
  return (
    <section className="dep-milestones" aria-labelledby="dep-milestones-heading" data-testid="milestones">
      <h2 id="dep-milestones-heading">Milestones: {name}</h2>
      <ol>
        {events.map((m) => (
          <li key={m.id} className={`dep-milestone dep-milestone--${m.kind}`}>
            <p className="dep-milestone-when">
              {m.badge && (
                <span className="dep-badge" aria-label={`marker ${m.badge} on the rank chart`}>
                  {m.badge}
                </span>
              )}
              <strong>{m.when}</strong> <span className="dep-kind">{KIND_LABEL[m.kind]}</span>
            </p>
            <p>
              <MissionLinkedText text={m.text} missions={missions} />
            </p>
            <p className="dep-milestone-source">Source: {m.source}</p>
          </li>
        ))}
      </ol>
      {closures.length > 0 && (
        <>
          <h3>Missions {name} served in that have closed</h3>
          <Disclosure
            summary={`Show the ${closures.length} closed mission${closures.length === 1 ? '' : 's'}`}
            testId="dep-closures"
          >
            <div className="dep-closures-wrap">
              <table className="bh-table dep-closures stack-table">
                <caption id="dep-closures-caption">
                  Closed missions with {name}&rsquo;s personnel in months that report missions (November 2009
                  on)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Mission</th>
                    <th scope="col">Host</th>
                    <th scope="col" className="bh-num">
                      Closed
                    </th>
                    <th scope="col">{name}&rsquo;s personnel last reported</th>
                  </tr>
                </thead>
                <tbody>
                  {closures.map((c) => (
                    <tr key={c.acronym}>
                      <th scope="row">
                        {missions.some((x) => x.acronym === c.acronym) ? (
                          <MissionLink acronym={c.acronym} name={c.name} />
                        ) : (
                          <abbr title={c.name}>{c.acronym}</abbr>
                        )}{' '}
                        <span className="dep-closure-name">{c.name}</span>
                      </th>
                      <td data-label="Host">{c.host}</td>
                      <td className="bh-num" data-label="Closed">
                        {c.year}
                      </td>
                      <td data-label={`${name}’s personnel last reported`}>
                        {c.lastMonth ? monthLabel(c.lastMonth) : '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Disclosure>
          <p className="dep-milestone-source">
            Source: mission years from the United Nations&rsquo; lists of peacekeeping operations and
            political missions, as recorded in the dataset&rsquo;s mission table; last month from the monthly
            reports (the Table tab of the mission chart has every month).
          </p>
        </>
      )}
    </section>
  );
}
