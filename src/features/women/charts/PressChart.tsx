// The press figure explained: all uniformed women, or the armed forces' women only.
import { formatPercent } from '../../../ui/format.ts';
import { useMemo } from 'react';
import { useCountryCells, useTotals } from '../../../data/queries.ts';
import type { CountryCells, Manifest, Totals } from '../../../data/schema.ts';
import { Loaded } from '../../../ui/Loaded.tsx';
import { MonthSelect } from '../../../ui/MonthSelect.tsx';
import { monthIndex, monthLabel } from '../../../data/selectors/months.ts';
import { countryTypeSeries, reportedTypeMonths } from '../../../data/selectors/typeSeries.ts';
import { monthSource } from '../../../data/selectors/sourceLine.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { FIRST_GENDER_MONTH, type WomenView } from '../womenView.ts';
import { pressBreakdown, type BreakdownRow } from '../womenModel.ts';
import { count, describePress } from '../womenText.ts';
import { pressFigureFor } from '../pressFigures.ts';
import { PressFigureChart } from '../PressFigureChart.tsx';
import type { WomenChartProps } from '../womenCharts.ts';
import { ChartUnit } from '../../../export/ChartUnit.tsx';

export default function PressChart(props: WomenChartProps) {
  const cells = useCountryCells(props.view.country);
  const totals = useTotals();
  return (
    <Loaded query={totals} what="contributor totals">
      {(t) => (
        <Loaded query={cells} what={`data for ${props.name}`}>
          {(c) => <PressData {...props} totals={t} cells={c} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function PressData({
  manifest,
  view,
  name,
  update,
  totals,
  cells,
}: WomenChartProps & { totals: Totals; cells: CountryCells }) {
  const reported = useMemo(() => reportedTypeMonths(manifest, totals), [manifest, totals]);
  const byType = useMemo(() => countryTypeSeries(manifest, reported, cells), [manifest, reported, cells]);
  return <PressSection manifest={manifest} view={view} name={name} update={update} byType={byType} />;
}

interface PressMonth {
  index: number;
  key: string;
  text: string;
  isFigureMonth: boolean;
  breakdown: ReturnType<typeof pressBreakdown>;
}

type PressRow = BreakdownRow & { month: string; monthIndex: number };

function PressSection({
  manifest,
  view,
  name,
  update,
  byType,
}: {
  manifest: Manifest;
  view: WomenView;
  name: string;
  update: (patch: Partial<WomenView>) => void;
  byType: ReturnType<typeof countryTypeSeries>;
}) {
  const figure = pressFigureFor(view.country);
  // The press figure's month is always shown beside the chosen month, so the difference is visible without a click.
  const months = useMemo<PressMonth[]>(() => {
    const keys = [...new Set([...(figure ? [figure.month] : []), view.month])];
    // A press figure's month outside the data is left out, not shown as the first month.
    return keys
      .flatMap((k) => monthIndex(manifest.months, k) ?? [])
      .map((index) => ({
        index,
        key: (manifest.months[index] ?? '').slice(0, 7),
        text: monthLabel(manifest.months[index] ?? ''),
        isFigureMonth: figure !== null && (manifest.months[index] ?? '').startsWith(figure.month),
        breakdown: pressBreakdown(byType, index),
      }));
  }, [figure, view.month, manifest, byType]);
  const chosen = months.find((m) => m.key === view.month) ?? months[months.length - 1];
  const title = `Women deployed, military and police: ${name}, ${months.map((m) => m.text).join(' and ')}`;
  const sentences = months.map((m) =>
    describePress({
      name,
      monthText: m.text,
      breakdown: m.breakdown,
      figure,
      isFigureMonth: m.isFigureMonth,
    }),
  );
  const description = sentences.join(' ');
  const files = months
    .map((m) => monthSource(manifest, m.index))
    .filter((x): x is NonNullable<typeof x> => x !== null)
    .map((src) =>
      src.name.startsWith('UN')
        ? `UN DPO report as of ${src.date} (${src.file})`
        : `${src.name} (${src.file})`,
    );
  const source = `Source: ${files.length > 0 ? files.join('; ') : 'no report for the month chosen'}.`;
  // The quote under the chart names the press figure's article; the exports, which have no quote, add it.
  const exportSource = `${source}${figure ? ` Press figure: ${figure.source}.` : ''}`;
  // The paragraphs above the bars say the figures; the caption does not print them a second time.
  const caption = `Women by personnel type, military and police, in ${months.map((m) => m.text).join(' and ')}: the figures are in the paragraphs above the chart and in its table.`;
  const rows = useMemo<PressRow[]>(
    () => months.flatMap((m) => m.breakdown.rows.map((r) => ({ ...r, month: m.text, monthIndex: m.index }))),
    [months],
  );
  const columns = useMemo<DataTableColumn<PressRow>[]>(
    () => [
      { id: 'month', label: 'Month', kind: 'text', value: (r) => r.month, sortValue: (r) => r.monthIndex },
      { id: 'type', label: 'Personnel type', kind: 'text', value: (r) => r.label },
      {
        id: 'group',
        label: 'Group',
        kind: 'text',
        value: (r) => (r.group === 'military' ? 'Military' : 'Police'),
      },
      { id: 'women', label: 'Women', kind: 'number', value: (r) => r.women },
      { id: 'personnel', label: 'All personnel', kind: 'number', value: (r) => r.personnel },
      {
        id: 'share',
        label: 'Share of women',
        kind: 'number',
        value: (r) => (r.women === null || r.personnel === 0 ? null : r.women / r.personnel),
        format: formatPercent,
      },
    ],
    [],
  );
  const entries = useMemo(
    () =>
      months
        .filter((m) => m.breakdown.hasSplit)
        .map((m) => ({
          id: m.key,
          heading: `${m.text}${m.isFigureMonth ? ' (month of the press figure)' : ''}: ${count(m.breakdown.women ?? 0)} women`,
          breakdown: m.breakdown,
        })),
    [months],
  );
  return (
    <ChartUnit
      id="press-figure"
      title={title}
      subtitle="Why one country's women peacekeepers can be quoted as two different numbers: all uniformed women, or the armed forces' women only (troops, staff officers and experts on mission)."
      description={caption}
      source={source}
      exportSource={exportSource}
      exportName={`${view.country.toLowerCase()}-women-military-police-${months.map((m) => m.key).join('-')}`}
      {...(entries.length > 0
        ? {
            exportChart: (size: { width: number }) => (
              <PressFigureChart
                title={title}
                description={description}
                entries={entries}
                width={size.width}
              />
            ),
          }
        : {})}
      controls={
        <MonthSelect
          manifest={manifest}
          value={chosen?.key ?? view.month}
          onChange={(m) => update({ month: m })}
          fromIndex={monthIndex(manifest.months, FIRST_GENDER_MONTH) ?? 0}
          testId="press-month"
        />
      }
      chart={
        <>
          {sentences.map((text, i) => (
            <p key={months[i]?.key ?? i} className="women-press-sentence" data-testid="press-sentence">
              {text}
            </p>
          ))}
          {entries.length > 0 ? (
            <PressFigureChart title={title} description={description} entries={entries} />
          ) : (
            <p className="note">No gender split for this month.</p>
          )}
          {figure && (
            <blockquote className="women-quote">
              <p>{figure.quote}</p>
              <footer>
                {figure.source}. {figure.unverifiable}
              </footer>
            </blockquote>
          )}
        </>
      }
      table={{
        caption: `${title} (blank: no gender split)`,
        columns,
        rows,
        rowKey: (r) => `${r.monthIndex}-${r.type}`,
      }}
    />
  );
}
