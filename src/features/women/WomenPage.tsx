// The women view: its controls, then its charts from the registry (womenCharts.ts), each its own
// chunk, drawn when it nears the viewport.
import { useCallback, useMemo } from 'react';
import { useManifest } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { ChartList } from '../../ui/ChartList.tsx';
import { ViewCountryPicker } from '../../ui/ViewCountryPicker.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { useView } from '../../state/useView.ts';
import { useChartParam, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthIndex } from '../../data/selectors/months.ts';
import { TimeRangeSlider } from '../../charts/TimeRangeSlider.tsx';
import type { IndexRange } from '../../charts/timeSeriesModel.ts';
import '../../charts/charts.css';
import { FIRST_GENDER_MONTH, womenSpec } from './womenView.ts';
import { womenCharts, type WomenChartProps } from './womenCharts.ts';
import '../../ui/featurePages.css';
import './women.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

export default function WomenPage() {
  const manifest = useManifest();
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <Women manifest={m} />}
    </Loaded>
  );
}

const key = (manifest: Manifest, i: number) => (manifest.months[i] ?? '').slice(0, 7);

function Women({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(womenSpec, manifest);
  const mode = useDisplayMode();
  const isFull = mode.kind === 'full';
  const name = countryName(manifest, view.country);
  useDocumentTitle(`Women peacekeepers: ${name}`);
  // A dataset that starts after the first month with a gender split has the split from its first month.
  const start = monthIndex(manifest.months, FIRST_GENDER_MONTH) ?? 0;
  const last = manifest.months.length - 1;
  const range = useMemo<IndexRange>(() => {
    // The range codec keeps both ends within the data; an end outside it stands for that end of the axis.
    const from = monthIndex(manifest.months, view.range.from) ?? start;
    const to = monthIndex(manifest.months, view.range.to) ?? last;
    return { from: Math.max(start, from), to };
  }, [manifest, view.range.from, view.range.to, start, last]);
  const sliderMonths = useMemo(() => manifest.months.slice(start), [manifest, start]);
  const onRange = useCallback(
    (r: IndexRange) =>
      update({ range: { from: key(manifest, r.from + start), to: key(manifest, r.to + start) } }),
    [manifest, update, start],
  );
  const props = useMemo<WomenChartProps>(
    () => ({ manifest, view, name, range, update }),
    [manifest, view, name, range, update],
  );
  const focus = useChartParam();
  return (
    <article className="page women">
      {isFull && (
        <>
          <h1>Women peacekeepers: {name}</h1>
          <ViewNotices notices={notices} />
          <p className="lede">
            How many of {name}&rsquo;s uniformed personnel in UN operations are women, in which roles, against
            the UN&rsquo;s Uniformed Gender Parity Strategy 2018–2028 and against other contributors. The
            UN&rsquo;s reports split personnel by gender from November 2009.
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
                months={sliderMonths}
                value={{ from: range.from - start, to: range.to - start }}
                onChange={onRange}
                label="Months shown"
              />
            </div>
          </div>
        </>
      )}
      <ChartList charts={womenCharts} props={props} focus={focus} />
    </article>
  );
}
