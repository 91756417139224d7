// The overview: the chosen country's headline figures (personnel, women, rank, where it serves now,
// fatalities), each with its "as of" in words; then the registry's charts (overviewCharts.ts) — the
// country's trend, rank and missions now, the world total since 1990 and the largest contributors — and
// a short introduction to each view with a picture that links to it.
import { startTransition, useEffect, useMemo, useState, type ReactNode } from 'react';
import { afterPaint } from '../../ui/afterPaint.ts';
import { useManifest, useYearCrossSection, useCountryCells, useFatalities } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { ChartList } from '../../ui/ChartList.tsx';
import { MissionLink } from '../../ui/MissionLink.tsx';
import { ViewCountryPicker } from '../../ui/ViewCountryPicker.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { useView, useViewValue } from '../../state/useView.ts';
import { useChartParam, useDisplayMode } from '../../state/displayMode.ts';
import { countryName, monthLabel } from '../../data/selectors/months.ts';
import '../../charts/charts.css';
import { overviewSpec } from './overviewView.ts';
import { headlineFigures, latestReportedYear, type HeadlineFigures } from './headlineFigures.ts';
import { overviewCharts, type OverviewChartProps } from './overviewCharts.ts';
import { formatCount, formatPercent } from '../../ui/format.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { ViewPicture } from './ViewPictures.tsx';
import '../../ui/featurePages.css';
import './overview.css';

export default function OverviewPage() {
  const manifest = useManifest();
  const isFull = useDisplayMode().kind === 'full';
  if (!isFull) {
    return (
      <Loaded query={manifest} what="dataset index">
        {(m) => <OverviewCharts manifest={m} />}
      </Loaded>
    );
  }
  // The heading and the lede are drawn with the page's code, not after the dataset index: the lede is
  // what a phone paints largest first. The country joins the heading once the index can name it.
  return (
    <article className="page overview">
      <h1>UN peacekeeping contributions{manifest.data && <CountryInHeading manifest={manifest.data} />}</h1>
      <p className="lede">
        How many uniformed personnel a country has serving in UN peace operations, where, how it ranks, and
        what it has cost — from the UN&rsquo;s monthly reports since 1990. Pick any contributor.
      </p>
      <Loaded query={manifest} what="dataset index">
        {(m) => <OverviewFull manifest={m} />}
      </Loaded>
    </article>
  );
}

function CountryInHeading({ manifest }: { manifest: Manifest }) {
  const { country } = useViewValue(overviewSpec, manifest);
  return <>: {countryName(manifest, country)}</>;
}

/** A dataset date ('2025-04-04') in words: "4 April 2025". */
function dateInWords(isoDate: string): string {
  const day = Number(isoDate.slice(8, 10));
  return day > 0 ? `${day} ${monthLabel(isoDate)}` : monthLabel(isoDate);
}

/** An embed or a slide of the overview: its charts only, so it asks for none of the headline files. */
function OverviewCharts({ manifest }: { manifest: Manifest }) {
  const { view } = useView(overviewSpec, manifest);
  const name = countryName(manifest, view.country);
  useDocumentTitle(`Overview: ${name}`);
  const props = useMemo<OverviewChartProps>(() => ({ manifest, view, name }), [manifest, view, name]);
  const focus = useChartParam();
  return (
    <article className="page overview">
      <ChartList charts={overviewCharts} props={props} focus={focus} />
    </article>
  );
}

function OverviewFull({ manifest }: { manifest: Manifest }) {
  const { view, notices, update } = useView(overviewSpec, manifest);
  const latestYear = useYearCrossSection(latestReportedYear(manifest));
  const cells = useCountryCells(view.country);
  const fatalities = useFatalities();
  const name = countryName(manifest, view.country);
  useDocumentTitle(`Overview: ${name}`);
  const props = useMemo<OverviewChartProps>(() => ({ manifest, view, name }), [manifest, view, name]);
  const focus = useChartParam();
  // The charts (and totals.json they need) wait for the headline figures, which come first; the views'
  // introductions come with them, below, so nothing already on screen is pushed down when the figures
  // arrive (Lighthouse measured a layout shift of 0.31 when they waited at the bottom on their own).
  const introductions = <ViewIntroductions iso3={view.country} name={name} />;
  const charts = (
    <>
      <ChartList charts={overviewCharts} props={props} focus={focus} />
      {introductions}
    </>
  );
  // A headline file that fails shows its message; the introductions still lead on to the views.
  const hasFailed = latestYear.isError || cells.isError || fatalities.isError;
  return (
    <>
      <ViewNotices notices={notices} />
      <div className="controls">
        <ViewCountryPicker
          manifest={manifest}
          value={view.country}
          onChange={(country) => update({ country })}
          loadsCountryCells
        />
      </div>
      <Loaded query={latestYear} what="contributor totals">
        {(y) => (
          <Loaded query={cells} what={`data for ${name}`}>
            {(c) => (
              <Loaded query={fatalities} what="fatalities data">
                {(f) => (
                  <>
                    <Figures
                      figures={headlineFigures(manifest, y, c, f, view.country)}
                      name={name}
                      iso3={view.country}
                      version={manifest.version}
                    />
                    <AfterPaint>{charts}</AfterPaint>
                  </>
                )}
              </Loaded>
            )}
          </Loaded>
        )}
      </Loaded>
      {hasFailed && introductions}
    </>
  );
}

function Figures({
  figures,
  name,
  iso3,
  version,
}: {
  figures: HeadlineFigures;
  name: string;
  iso3: string;
  version: string;
}) {
  const month = monthLabel(figures.month);
  const asOf = `As of ${dateInWords(figures.month)}: UN DPO report of contributions by country for ${month}.`;
  const share = figures.women !== null && figures.personnel > 0 ? figures.women / figures.personnel : null;
  const snapshot = dateInWords(figures.fatalitiesSnapshot);
  return (
    <>
      <h2 className="figures-heading">
        {name} in {month}, the latest month in the data
      </h2>
      <p className="note" data-testid="dataset-version">
        Latest month: {month}. Dataset version {version}.
      </p>
      <dl className="headline-figures" data-testid="headline-figures">
        <div className="figure-card" data-testid="figure-personnel">
          <dt>Uniformed personnel deployed</dt>
          <dd className="figure-value">{formatCount(figures.personnel)}</dd>
          <dd className="figure-source">{asOf} Month-end headcount.</dd>
        </div>
        <div className="figure-card" data-testid="figure-women">
          <dt>Women among them</dt>
          <dd className="figure-value">
            {figures.women === null ? 'not reported' : formatCount(figures.women)}
            {share !== null ? <span className="figure-sub"> {formatPercent(share)}</span> : null}
          </dd>
          <dd className="figure-source">{asOf}</dd>
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
          <dd className="figure-source">{asOf} Ranked by total uniformed personnel.</dd>
        </div>
        <div className="figure-card" data-testid="figure-missions">
          <dt>Where it serves now</dt>
          <dd className="figure-value">
            {figures.missions.length}
            <span className="figure-sub"> {figures.missions.length === 1 ? 'mission' : 'missions'}</span>
          </dd>
          <dd className="figure-source">
            {figures.missions.length === 0
              ? 'none'
              : figures.missions.map((m, i) => (
                  <span key={m}>
                    {i > 0 && ', '}
                    <MissionLink acronym={m} />
                  </span>
                ))}
            . {asOf} <a href={`#/deployments?country=${iso3}&chart=serves`}>Each mission&rsquo;s personnel</a>
            .
          </dd>
        </div>
        <div className="figure-card" data-testid="figure-fatalities">
          <dt>Uniformed fatalities to {snapshot}</dt>
          <dd className="figure-value">{formatCount(figures.uniformedFatalities)}</dd>
          <dd className="figure-source">
            Military, police and military observers; {formatCount(figures.allFatalities)} including civilian
            staff. As of {snapshot}: UN DPO fatalities record, all missions since 1948.
          </dd>
        </div>
      </dl>
      <p className="note">
        Below: {name}&rsquo;s trend since 1990, its rank and where it serves now, then all contributors.{' '}
        <a href={`#/deployments?country=${iso3}`}>By type, by mission and compared with others</a> on
        Deployments.
      </p>
    </>
  );
}

const VIEWS: { path: string; title: string; text: (name: string) => string }[] = [
  {
    path: 'deployments',
    title: 'Deployments',
    text: (n) => `${n}'s uniformed personnel each month since 1990: by type, by mission, its rank, compared.`,
  },
  {
    path: 'missions',
    title: 'Missions',
    text: () => 'One mission from inside: who serves in it, its strength, its women, its dead.',
  },
  {
    path: 'women',
    title: 'Women',
    text: (n) => `Women among ${n}'s personnel, against UN targets and all contributors.`,
  },
  {
    path: 'fatalities',
    title: 'Fatalities',
    text: (n) => `Deaths of ${n}'s nationals in UN service: when, how, where, and the rate.`,
  },
  {
    path: 'compare',
    title: 'Per capita',
    text: () => 'Contributions against population: who sends most for its size.',
  },
  {
    path: 'claims',
    title: 'Claims checked',
    text: (n) => `What is said about ${n}'s contribution, checked against the data.`,
  },
  {
    path: 'sources',
    title: 'Sources',
    text: () => 'Every report behind the figures, the gaps, and the downloads.',
  },
];

function ViewIntroductions({ iso3, name }: { iso3: string; name: string }) {
  const withCountry = new Set(['deployments', 'women', 'fatalities', 'claims']);
  return (
    <section aria-labelledby="overview-views" className="overview-views">
      <h2 id="overview-views">The views</h2>
      <ul className="overview-view-list">
        {VIEWS.map((v) => (
          <li key={v.path} data-testid={`view-intro-${v.path}`}>
            <a
              className="overview-view-link"
              href={`#/${v.path}${withCountry.has(v.path) ? `?country=${iso3}` : ''}`}
            >
              <ViewPicture view={v.path} />
              <span className="overview-view-title">{v.title}</span>
            </a>
            <p>{v.text(name)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Its children once the browser has painted what came before: the charts' code does not compete with the figures. */
function AfterPaint({ children }: { children: ReactNode }) {
  const [isShown, setShown] = useState(false);
  useEffect(() => afterPaint(() => startTransition(() => setShown(true))), []);
  return isShown ? children : null;
}
