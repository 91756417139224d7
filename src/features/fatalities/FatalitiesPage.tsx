import { lazy, Suspense, useEffect, useId, useMemo } from 'react';
import { useAfterFirstChart } from '../../ui/afterPaint.ts';
import { useFatalities, useManifest } from '../../data/queries.ts';
import type { Fatalities, Manifest } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { ViewCountryPicker } from '../../ui/ViewCountryPicker.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { useView } from '../../state/useView.ts';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import { countryName } from '../../data/selectors/months.ts';
import type { PersonnelScope } from '../../data/selectors/fatalityBreakdowns.ts';
import '../../charts/charts.css';
import { ChartFrame } from '../../charts/ChartFrame.tsx';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { LazyChartExports } from '../../export/LazyChartExports.tsx';
import { exportFromTable } from '../../export/tableExport.ts';
import { fatalitiesSpec, PERSONNEL_SCOPES, type FatalitiesView } from './fatalitiesView.ts';
import { byYearModel, SCOPE_LABEL } from './fatalitiesModel.ts';
import { describeByYear } from './fatalitiesText.ts';
import { fatalitySource, SCOPE_SHORT } from './fatalitiesCopy.ts';
import { YearBarChart } from './YearBarChart.tsx';
import '../../ui/featurePages.css';

// Everything below the first chart: its own chunk, so the first load carries only what that chart needs.
const FatalitiesMore = lazy(() => import('./FatalitiesMore.tsx'));

export default function FatalitiesPage() {
  const manifest = useManifest();
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <FatalitiesView manifest={m} />}
    </Loaded>
  );
}

function FatalitiesView({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(fatalitiesSpec, manifest);
  const mode = useDisplayMode();
  const fatalities = useFatalities();
  const name = countryName(manifest, view.country);
  const isFull = mode.kind === 'full';
  // The further charts are fetched once the first one has painted, so they do not delay it.
  const [isFirstChartShown, onFirstChart] = useAfterFirstChart();
  const shouldLoadMore = isFirstChartShown || !isChartShown(mode, 'by-year');
  return (
    <article className="page fatalities">
      {isFull && (
        <>
          <h1>Fatalities in UN service: {name}</h1>
          <ViewNotices notices={notices} />
          <p className="lede">
            Deaths of {name}&rsquo;s nationals serving in UN peace operations, from the UN&rsquo;s own
            fatalities record: when, how, in which missions, and how the risk compares once the number
            deployed is counted.
          </p>
          <div className="controls">
            <ViewCountryPicker
              manifest={manifest}
              value={view.country}
              onChange={(country) => update({ country })}
            />
            <ScopeChoice value={view.personnel} onChange={(personnel) => update({ personnel })} />
          </div>
          <p className="note">
            {view.personnel === 'uniformed'
              ? 'Counting uniformed personnel only: military (troops and staff officers), police and military observers — the people usually called peacekeepers.'
              : 'Counting everyone in the record: uniformed personnel and international and local civilian staff of the missions.'}
          </p>
        </>
      )}
      <Loaded query={fatalities} what="fatalities data">
        {(f) => (
          <>
            <ByYearChart manifest={manifest} fatalities={f} view={view} name={name} onShown={onFirstChart} />
            {/* The other charts load as their own chunk, after the first one is drawn. */}
            {shouldLoadMore && (
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    Loading more charts…
                  </p>
                }
              >
                <FatalitiesMore
                  manifest={manifest}
                  fatalities={f}
                  view={view}
                  name={name}
                  onPeers={(peers) => update({ peers })}
                  showControls={isFull}
                />
              </Suspense>
            )}
          </>
        )}
      </Loaded>
    </article>
  );
}

function ScopeChoice({ value, onChange }: { value: PersonnelScope; onChange: (v: PersonnelScope) => void }) {
  const id = useId();
  return (
    <fieldset className="choice" data-testid="personnel-choice">
      <legend>Personnel</legend>
      {PERSONNEL_SCOPES.map((scope) => (
        <label key={scope} htmlFor={`${id}-${scope}`}>
          <input
            type="radio"
            id={`${id}-${scope}`}
            name={`${id}-scope`}
            value={scope}
            checked={value === scope}
            onChange={() => onChange(scope)}
          />{' '}
          {SCOPE_SHORT[scope]}
        </label>
      ))}
    </fieldset>
  );
}

function ByYearChart({
  manifest,
  fatalities,
  view,
  name,
  onShown,
}: {
  manifest: Manifest;
  fatalities: Fatalities;
  view: FatalitiesView;
  name: string;
  /** Called once the chart is on screen; returns a cancel. */
  onShown: () => () => void;
}) {
  useEffect(onShown, [onShown]);
  const mode = useDisplayMode();
  const { country, personnel } = view;
  const who = `${name}'s ${SCOPE_LABEL[personnel]}`;
  const source = fatalitySource(fatalities, manifest.version);
  const slug = `${country.toLowerCase()}-${personnel}`;

  const byYear = useMemo(() => byYearModel(fatalities, country, personnel), [fatalities, country, personnel]);

  const byYearTable = useMemo(() => {
    type Row = { index: number; year: number };
    const rows: Row[] = byYear.years.map((year, index) => ({ index, year }));
    const columns: DataTableColumn<Row>[] = [
      { id: 'year', label: 'Year', kind: 'text', value: (r) => String(r.year), sortValue: (r) => r.year },
      ...byYear.series.map((s): DataTableColumn<Row> => ({
        id: s.id,
        label: s.label,
        kind: 'number',
        value: (r) => s.values[r.index] ?? 0,
      })),
      { id: 'total', label: 'Total', kind: 'number', value: (r) => byYear.totals[r.index] ?? 0 },
    ];
    return { rows, columns };
  }, [byYear]);

  const byYearDescription = describeByYear(byYear, who);

  return (
    <>
      {isChartShown(mode, 'by-year') && (
        <ChartFrame
          title={`${name}: fatalities per year, by type of incident`}
          subtitle={`${SCOPE_SHORT[personnel]}. Years with no bar had no recorded death.`}
          description={byYearDescription}
          source={source}
          chart={
            <>
              <Legend items={byYear.series.map((s) => ({ id: s.id, label: s.label, color: s.color }))} />
              <YearBarChart
                title={`${name}: fatalities per year, by type of incident`}
                description={byYearDescription}
                years={byYear.years}
                series={byYear.series}
                yAxisTitle="Deaths"
              />
            </>
          }
          table={
            <DataTable
              caption={`${name}: fatalities per year by type of incident (${SCOPE_SHORT[personnel].toLowerCase()})`}
              columns={byYearTable.columns}
              rows={byYearTable.rows}
              rowKey={(r) => String(r.year)}
            />
          }
          actions={
            <LazyChartExports
              spec={exportFromTable({
                name: `fatalities-by-year-${slug}`,
                chart: 'by-year',
                title: `${name}: fatalities per year, by type of incident`,
                source,
                ...byYearTable,
              })}
            />
          }
        />
      )}
    </>
  );
}

function Legend({ items }: { items: readonly { id: string; label: string; color: string }[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.id}>
          <span className="legend-swatch" style={{ background: item.color }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
