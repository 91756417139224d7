// Personnel per million people around the world in the chosen month.
import { compareNames } from '../../../data/selectors/codeOrder.ts';
import { lazy, Suspense, useMemo } from 'react';
import type { Manifest, Population } from '../../../data/schema.ts';
import { listJoin } from '../../../ui/listJoin.ts';
import { countryName, monthLabel } from '../../../data/selectors/months.ts';
import { populationIn, populationYearFor } from '../../../data/selectors/perCapita.ts';
import { populationYearText, type MonthPerCapita } from '../../../data/selectors/perCapitaRanking.ts';
import type { DataTableColumn } from '../../../charts/DataTable.tsx';
import { describeMap, PERSONNEL_SOURCE, POPULATION_SOURCE, round1 } from '../compareText.ts';
import {
  classCounts,
  classify,
  mapValues,
  NO_DATA_CLASS,
  NONE_CLASS,
  VALUE_CLASSES,
  type MapValue,
} from '../map/mapModel.ts';
import isoCodes from '../../../charts/isoNumericToIso3.json';
import { MonthData } from './MonthData.tsx';
import { ChartUnit } from '../../../export/ChartUnit.tsx';
import type { CompareChartProps } from '../compareCharts.ts';

/** Countries with a shape on the map (world-atlas 1:110m, Antarctica left out). */
const DRAWN: ReadonlySet<string> = new Set(Object.values(isoCodes.codes).filter((iso3) => iso3 !== 'ATA'));
/** Every drawn country is in the values; this only covers a shape without a country code. */
const NOT_IN_VALUES: MapValue = { kind: 'no-data', reason: 'no country code for this shape' };

/** The map's classes in legend order: the page's list and the exports' SVG legend. */
const LEGEND_CLASSES = [...VALUE_CLASSES, NONE_CLASS, NO_DATA_CLASS];

const LazyWorldMap = lazy(() => import('../map/LazyWorldMap.tsx'));

export default function MapChart(props: CompareChartProps) {
  return (
    <MonthData props={props}>
      {(model, population) => <WorldMap {...props} model={model} population={population} />}
    </MonthData>
  );
}

function WorldMap({
  manifest,
  view,
  model,
  population,
}: CompareChartProps & { model: MonthPerCapita; population: Population }) {
  const monthText = monthLabel(model.month || `${view.month}-01`);
  const popText = populationYearText(model.populationYear);
  const source = `Sources: personnel — ${PERSONNEL_SOURCE}, ${monthText}; population — ${POPULATION_SOURCE}, ${popText}. Blue Helmets dataset ${manifest.version}.`;
  const values = useMemo(
    () =>
      mapValues(model, DRAWN, (iso3) => {
        const year = populationYearFor(population, model.month);
        return year !== null && populationIn(population, iso3, year.year) !== null;
      }),
    [model, population],
  );
  const mapRows = useMemo(() => mapTableRows(manifest, values), [manifest, values]);
  const mapColumns = useMemo(() => mapTableColumns(), []);
  const mapClassCounts = useMemo(
    () =>
      classCounts(
        [...DRAWN].map((iso3) => {
          const value: MapValue = values.get(iso3) ?? { kind: 'none' };
          return { iso3, name: iso3, value, cls: classify(value) };
        }),
      ).map((c) => ({ label: c.cls.label, count: c.count })),
    [values],
  );
  const mapDescription = describeMap(model, mapClassCounts);
  const notDrawn = model.ranked.filter((r) => !DRAWN.has(r.iso3)).map((r) => r.name);

  const title = `Personnel per million people around the world, ${monthText}`;
  return (
    <ChartUnit
      id="map"
      title={title}
      subtitle={`Every contributor, whatever its size (the minimum applies to the ranking only); population of ${popText}.`}
      description={mapDescription}
      source={`${source} Map: Natural Earth 1:110m via world-atlas.`}
      exportSource={source}
      exportName={`per-capita-map-${view.month}`}
      exportChart={(size) => (
        <LazyWorldMap
          title={title}
          description={mapDescription}
          values={values}
          fallback={NOT_IN_VALUES}
          highlightedIds={view.countries}
          width={size.width}
          maxHeight={size.height}
        />
      )}
      legend={LEGEND_CLASSES.map((c) => ({
        id: c.id,
        label: c.label,
        color: c.fill,
        isHatched: c.isHatched,
      }))}
      chart={
        <>
          <ul className="legend" aria-label="Legend: personnel per million people">
            {LEGEND_CLASSES.map((c) => (
              <li key={c.id}>
                <span
                  className={c.isHatched ? 'legend-swatch legend-swatch--hatched' : 'legend-swatch'}
                  style={{ background: c.fill }}
                  aria-hidden="true"
                />
                {c.label}
              </li>
            ))}
          </ul>
          <Suspense
            fallback={
              <p className="loading" role="status">
                Loading the map…
              </p>
            }
          >
            <LazyWorldMap
              title={title}
              description={mapDescription}
              values={values}
              fallback={NOT_IN_VALUES}
              highlightedIds={view.countries}
            />
          </Suspense>
          {notDrawn.length > 0 && (
            <p className="note">
              Too small to draw at this scale, but in the ranking and the table: {listJoin(notDrawn)}.
            </p>
          )}
        </>
      }
      table={{
        caption: `Personnel per million people by country, ${monthText}`,
        columns: mapColumns,
        rows: mapRows,
        rowKey: (r) => r.iso3,
        initialSort: { columnId: 'perMillion', direction: 'descending' },
      }}
    />
  );
}

interface MapRow {
  iso3: string;
  name: string;
  personnel: number | null;
  perMillion: number | null;
  cls: string;
  isDrawn: boolean;
}

function mapTableRows(manifest: Manifest, values: ReadonlyMap<string, MapValue>): MapRow[] {
  return [...values]
    .map(([iso3, value]) => ({
      iso3,
      name: countryName(manifest, iso3),
      personnel: value.kind === 'value' ? value.personnel : value.kind === 'none' ? 0 : null,
      perMillion: value.kind === 'value' ? round1(value.perMillion) : value.kind === 'none' ? 0 : null,
      cls: classify(value).label,
      isDrawn: DRAWN.has(iso3),
    }))
    .sort((a, b) => compareNames(a.name, b.name));
}

function mapTableColumns(): DataTableColumn<MapRow>[] {
  return [
    { id: 'country', label: 'Country', kind: 'text', value: (r) => r.name },
    { id: 'personnel', label: 'Personnel', kind: 'number', value: (r) => r.personnel },
    { id: 'perMillion', label: 'Personnel per million people', kind: 'number', value: (r) => r.perMillion },
    { id: 'class', label: 'Map class (per million)', kind: 'text', value: (r) => r.cls },
    {
      id: 'drawn',
      label: 'Drawn on the map',
      kind: 'text',
      value: (r) => (r.isDrawn ? 'yes' : 'no, too small at this scale'),
    },
  ];
}
