// The fatalities view: its controls, then its charts from the registry (fatalitiesCharts.ts), each its
// own chunk, drawn when it nears the viewport.
import { useId, useMemo } from 'react';
import { useManifest } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { ChartList } from '../../ui/ChartList.tsx';
import { ViewCountryPicker } from '../../ui/ViewCountryPicker.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { useView } from '../../state/useView.ts';
import { useChartParam, useDisplayMode } from '../../state/displayMode.ts';
import { countryName } from '../../data/selectors/months.ts';
import type { PersonnelScope } from '../../data/selectors/fatalityBreakdowns.ts';
import '../../charts/charts.css';
import { fatalitiesSpec, PERSONNEL_SCOPES } from './fatalitiesView.ts';
import { SCOPE_SHORT } from './fatalitiesText.ts';
import { fatalitiesCharts, type FatalitiesChartProps } from './fatalitiesCharts.ts';
import '../../ui/featurePages.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

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
  const name = countryName(manifest, view.country);
  useDocumentTitle(`Fatalities: ${name}`);
  const isFull = mode.kind === 'full';
  const props = useMemo<FatalitiesChartProps>(
    () => ({ manifest, view, name, update }),
    [manifest, view, name, update],
  );
  const focus = useChartParam();
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
      <ChartList charts={fatalitiesCharts} props={props} focus={focus} />
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
