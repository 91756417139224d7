// The deployments view: its controls, then its charts from the registry (deploymentsCharts.ts), each
// its own chunk, drawn when it nears the viewport.
import { useCallback, useMemo } from 'react';
import { useManifest } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { ChartList } from '../../ui/ChartList.tsx';
import { useCountryOptions, ViewCountryPicker } from '../../ui/ViewCountryPicker.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { useView } from '../../state/useView.ts';
import { useChartParam, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex } from '../../data/selectors/months.ts';
import { TimeRangeSlider } from '../../charts/TimeRangeSlider.tsx';
import type { IndexRange } from '../../charts/timeSeriesModel.ts';
import '../../charts/charts.css';
import { deploymentsSpec } from './deploymentsView.ts';
import { deploymentsCharts, type DeploymentsChartProps } from './deploymentsCharts.ts';
import '../../ui/featurePages.css';
import './deployments.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

export default function DeploymentsPage() {
  const manifest = useManifest();
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <Deployments manifest={m} />}
    </Loaded>
  );
}

const monthKey = (manifest: Manifest, i: number) => (manifest.months[i] ?? '').slice(0, 7);

function Deployments({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(deploymentsSpec, manifest);
  const mode = useDisplayMode();
  const isFull = mode.kind === 'full';
  const name = countryName(manifest, view.country);
  useDocumentTitle(`Deployments: ${name}`);
  const options = useCountryOptions(manifest);
  const last = manifest.months.length - 1;
  const range = useMemo<IndexRange>(() => {
    // The range codec keeps both ends within the data; an end outside it stands for that end of the axis.
    const from = monthIndex(manifest.months, view.range.from) ?? 0;
    const to = monthIndex(manifest.months, view.range.to) ?? last;
    return { from, to };
  }, [manifest, view.range.from, view.range.to, last]);
  const onRange = useCallback(
    (r: IndexRange) => update({ range: { from: monthKey(manifest, r.from), to: monthKey(manifest, r.to) } }),
    [manifest, update],
  );
  const props = useMemo<DeploymentsChartProps>(
    () => ({ manifest, view, name, range, update, options }),
    [manifest, view, name, range, update, options],
  );
  const focus = useChartParam();
  return (
    <article className="page deployments">
      {isFull && (
        <>
          <h1>Deployments: {name}</h1>
          <ViewNotices notices={notices} />
          <p className="lede">
            How many uniformed personnel {name} has had in UN peace operations each month since 1990, of which
            kinds, in which missions, and how it ranks among all contributors — from the UN&rsquo;s monthly
            reports (IPI&rsquo;s compilation before 2015). Month-end headcounts: adding months counts the same
            people again.
          </p>
          <div className="controls dep-controls">
            <ViewCountryPicker
              manifest={manifest}
              value={view.country}
              onChange={(country) => update({ country })}
              loadsCountryCells
            />
            <div className="dep-range">
              <TimeRangeSlider
                months={manifest.months}
                value={range}
                onChange={onRange}
                label="Months shown"
              />
            </div>
          </div>
        </>
      )}
      <ChartList charts={deploymentsCharts} props={props} focus={focus} />
    </article>
  );
}
