// The compare (per capita) view: its controls, then its charts from the registry (compareCharts.ts),
// each its own chunk, drawn when it nears the viewport.
import { useEffect, useId, useMemo, useState } from 'react';
import { useManifest, usePopulation } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { MonthSelect } from '../../ui/MonthSelect.tsx';
import { ChartList } from '../../ui/ChartList.tsx';
import { useCountryOptions } from '../../ui/ViewCountryPicker.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { listJoin } from '../../ui/listJoin.ts';
import { useView } from '../../state/useView.ts';
import { useChartParam, useDisplayMode } from '../../state/displayMode.ts';
import { countryName } from '../../data/selectors/months.ts';
import '../../charts/charts.css';
import { CountryPicker } from '../../charts/CountryPicker.tsx';
import { compareSpec, MAX_COMPARED } from './compareView.ts';
import { compareCharts, type CompareChartProps } from './compareCharts.ts';
import '../../ui/featurePages.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

export default function ComparePage() {
  const manifest = useManifest();
  const isFull = useDisplayMode().kind === 'full';
  // The heading and the lede are drawn with the page's code, not after the dataset index (the lede is
  // what a phone paints largest first). The heading does not list the chosen countries: it would grow
  // by a line or two when the index arrives and push the page down; the picker and the tab's title
  // name them.
  return (
    <article className="page compare">
      {isFull && (
        <>
          <h1>Contributions per capita</h1>
          <p className="lede">
            Uniformed personnel in UN peace operations for every million people at home: a small country can
            rank above the largest contributors. Population from the World Bank; months after{' '}
            <PopulationLastYear /> use the latest year available.
          </p>
        </>
      )}
      <Loaded query={manifest} what="dataset index">
        {(m) => <Compare manifest={m} />}
      </Loaded>
    </article>
  );
}

/** The population table's last year, once it is in ("its last year" until then). */
function PopulationLastYear() {
  const population = usePopulation();
  return <>{population.data?.lastYear ?? 'its last year'}</>;
}

function Compare({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(compareSpec, manifest);
  const mode = useDisplayMode();
  const props = useMemo<CompareChartProps>(() => ({ manifest, view, update }), [manifest, view, update]);
  const focus = useChartParam();
  const options = useCountryOptions(manifest);
  const isFull = mode.kind === 'full';
  const names = view.countries.map((c) => countryName(manifest, c));
  useDocumentTitle(`Per capita: ${listJoin(names) || 'all contributors'}`);

  return (
    <>
      {isFull && (
        <>
          <ViewNotices notices={notices} />
          <div className="controls">
            <CountryPicker
              mode="multi"
              label="Countries to compare"
              options={options}
              value={view.countries}
              max={MAX_COMPARED}
              onChange={(countries) => update({ countries })}
            />
            <MonthSelect
              manifest={manifest}
              value={view.month}
              onChange={(m) => update({ month: m })}
              labelAbove
              testId="month-select"
            />
            <MinimumInput value={view.min} onChange={(min) => update({ min })} />
          </div>
        </>
      )}
      <ChartList charts={compareCharts} props={props} focus={focus} />
    </>
  );
}

function MinimumInput({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  const id = useId();
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const commit = () => {
    const n = Number(text);
    if (/^\d{1,6}$/.test(text) && n <= 100_000) onChange(n);
    else setText(String(value));
  };
  return (
    <p className="number-field">
      <label htmlFor={id}>Rank only countries with at least … personnel</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={100000}
        step={1}
        value={text}
        data-testid="min-input"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </p>
  );
}
