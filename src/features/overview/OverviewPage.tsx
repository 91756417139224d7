import { useManifest, useYearCrossSection, useCountryCells, useFatalities } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { useView } from '../../state/useView.ts';
import { countryName, monthLabel } from '../../data/selectors/months.ts';
import { overviewSpec } from './overviewView.ts';
import { headlineFigures, latestReportedYear, type HeadlineFigures } from './headlineFigures.ts';
import { formatCount, formatPercent } from '../../ui/format.ts';
import { CountrySelect } from '../../ui/CountrySelect.tsx';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';

export default function OverviewPage() {
  const manifest = useManifest();
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <Overview manifest={m} />}
    </Loaded>
  );
}

function Overview({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(overviewSpec, manifest);
  const latestYear = useYearCrossSection(latestReportedYear(manifest));
  const cells = useCountryCells(view.country);
  const fatalities = useFatalities();
  const name = countryName(manifest, view.country);
  useDocumentTitle(`Overview: ${name}`);
  return (
    <article className="page overview">
      <h1>UN peacekeeping contributions: {name}</h1>
      <ViewNotices notices={notices} />
      <p className="lede">
        How many uniformed personnel a country has serving in UN peace operations, how it ranks, and what it
        has cost — from the UN&rsquo;s monthly reports since 1990. Pick any contributor.
      </p>
      <CountrySelect manifest={manifest} value={view.country} onChange={(country) => update({ country })} />
      <Loaded query={latestYear} what="contributor totals">
        {(y) => (
          <Loaded query={cells} what={`data for ${name}`}>
            {(c) => (
              <Loaded query={fatalities} what="fatalities data">
                {(f) => <Figures figures={headlineFigures(manifest, y, c, f, view.country)} name={name} />}
              </Loaded>
            )}
          </Loaded>
        )}
      </Loaded>
    </article>
  );
}

function Figures({ figures, name }: { figures: HeadlineFigures; name: string }) {
  const reportSource = `UN DPO, contributions report as of ${figures.month} (${figures.sourceFile}).`;
  const share = figures.women !== null && figures.personnel > 0 ? figures.women / figures.personnel : null;
  return (
    <>
      <h2 className="figures-heading">
        {name} in {monthLabel(figures.month)}, the latest month in the data
      </h2>
      <dl className="headline-figures" data-testid="headline-figures">
        <div className="figure-card" data-testid="figure-personnel">
          <dt>Uniformed personnel deployed</dt>
          <dd className="figure-value">{formatCount(figures.personnel)}</dd>
          <dd className="figure-source">{reportSource} Month-end headcount.</dd>
        </div>
        <div className="figure-card" data-testid="figure-women">
          <dt>Women among them</dt>
          <dd className="figure-value">
            {figures.women === null ? 'not reported' : formatCount(figures.women)}
            {share !== null ? <span className="figure-sub"> {formatPercent(share)}</span> : null}
          </dd>
          <dd className="figure-source">{reportSource}</dd>
        </div>
        <div className="figure-card" data-testid="figure-rank">
          <dt>Rank among contributors</dt>
          <dd className="figure-value">
            {figures.rank ? (
              <>
                {figures.rank.rank}
                <span className="figure-sub"> of {figures.rank.of}</span>
              </>
            ) : (
              'not contributing'
            )}
          </dd>
          <dd className="figure-source">{reportSource} Ranked by total uniformed personnel.</dd>
        </div>
        <div className="figure-card" data-testid="figure-missions">
          <dt>Missions served that month</dt>
          <dd className="figure-value">{figures.missions.length}</dd>
          <dd className="figure-source">
            {figures.missions.join(', ') || 'none'}. {reportSource}
          </dd>
        </div>
        <div className="figure-card" data-testid="figure-fatalities">
          <dt>Uniformed fatalities to date</dt>
          <dd className="figure-value">{formatCount(figures.uniformedFatalities)}</dd>
          <dd className="figure-source">
            Military, police and military observers; {formatCount(figures.allFatalities)} including civilian
            staff. UN DPO fatalities dataset, snapshot {figures.fatalitiesSnapshot}; all missions since 1948.
          </dd>
        </div>
      </dl>
    </>
  );
}
