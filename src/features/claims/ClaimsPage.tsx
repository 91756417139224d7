import {
  lazy,
  memo,
  startTransition,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from 'react';
import {
  useCountryCells,
  useFatalities,
  useManifest,
  usePopulation,
  useTotals,
  useYearCrossSection,
} from '../../data/queries.ts';
import type { Manifest, Population, Totals, YearCrossSection } from '../../data/schema.ts';
import { Loaded, LoadFailures, loadFailureOf, type LoadFailure } from '../../ui/Loaded.tsx';
import { ViewNotices } from '../../ui/ViewNotices.tsx';
import { useView } from '../../state/useView.ts';
import { isChartShown, useDisplayMode } from '../../state/displayMode.ts';
import '../../charts/charts.css';
import { DataTable, type DataTableColumn } from '../../charts/DataTable.tsx';
import { ARTICLES, BHUTAN_YEAR, CLAIMS } from './claims.ts';
import { claimsSpec } from './claimsView.ts';
import {
  chunkOf,
  isReady,
  restrictTo,
  signed,
  summarise,
  VERDICT_LABEL,
  type ClaimDataset,
  type ClaimDefinition,
  type ClaimNeed,
  type ClaimResult,
} from './claimsModel.ts';
import '../../ui/featurePages.css';
import './claims.css';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { useDrawEverything } from '../../ui/drawAll.ts';
import { formatNumber } from '../../ui/format.ts';
import { hashHref } from '../../state/viewLinks.ts';
import { jumpTo } from '../../ui/inPageLink.ts';
import { missionHref } from '../../ui/MissionLink.tsx';
import { MissionLinkedText } from '../../ui/MissionLinkedText.tsx';

const EvidenceChartFrame = lazy(() => import('./EvidenceChart.tsx'));

export default function ClaimsPage() {
  const manifest = useManifest();
  const mode = useDisplayMode();
  useDocumentTitle('Claims checked');
  // The heading and the lede need no data: they are drawn with the page's code, not after the
  // dataset index has arrived (the lede is what a phone paints largest first).
  return (
    <article className="page claims">
      {mode.kind === 'full' && (
        <>
          <h1>Figures in the news, checked against the data</h1>
          <p className="lede">
            Two articles of mid-2023 started this project. Every figure they quote is below, with the
            dataset&rsquo;s answer and a verdict computed from the data — nothing is typed in by hand, so a
            new version of the data can change a verdict. &ldquo;Matches&rdquo; means the data give the same
            figure; &ldquo;consistent&rdquo; that they agree without pinning it; a figure given as current is
            checked against the report of the article&rsquo;s own month.
          </p>
        </>
      )}
      <Loaded query={manifest} what="dataset index">
        {(m) => <Claims manifest={m} />}
      </Loaded>
    </article>
  );
}

function Claims({ manifest }: { manifest: Manifest }) {
  const { notices } = useView(claimsSpec, manifest);
  // Stage 1: the small chunks most claims need. The larger ones (population, a year of all countries,
  // every contributor's totals) are asked for only once these are in, so the first verdicts and the
  // first evidence chart arrive with little data.
  const fatalities = useFatalities();
  const bangladesh = useCountryCells('BGD');
  const bhutan = useCountryCells('BTN');
  const base: ClaimDataset = useMemo(
    () => ({
      manifest,
      ...(fatalities.data ? { fatalities: fatalities.data } : {}),
      cells: {
        ...(bangladesh.data ? { BGD: bangladesh.data } : {}),
        ...(bhutan.data ? { BTN: bhutan.data } : {}),
      },
      years: {},
    }),
    [manifest, fatalities.data, bangladesh.data, bhutan.data],
  );
  const failures = [
    failedNeed('fatalities', loadFailureOf(fatalities, 'the fatalities data')),
    failedNeed('cells:BGD', loadFailureOf(bangladesh, 'the data for Bangladesh')),
    failedNeed('cells:BTN', loadFailureOf(bhutan, 'the data for Bhutan')),
  ].filter((f): f is FailedNeed => f !== null);
  // Settled, not only loaded: a failed small chunk must not hold back the claims that need only the
  // larger ones (they would say "Checking…" for ever).
  const isStageOneDone = [fatalities, bangladesh, bhutan].every((q) => q.data !== undefined || q.isError);
  // Stage 2 starts once stage 1 is in and its evidence chart (if any) is drawn, so the first chart on
  // the page needs only the small chunks.
  const mode = useDisplayMode();
  const [isChartDrawn, setChartDrawn] = useState(false);
  // Evaluated a few claims at a time between the browser's other work (useClaimResults), not in a
  // render: evaluating the first stage's claims took 40-60 ms at once on a phone-speed CPU.
  const stageOne = useClaimResults(base);
  const hasStageOneChart = CLAIMS.some((claim) => {
    const chart = stageOne.results.get(claim.id)?.chart;
    return chart !== undefined && isChartShown(mode, chart.id);
  });
  const [stageTwo, setStageTwo] = useState<StageTwoData>(NO_STAGE_TWO);
  const dataset: ClaimDataset = useMemo(
    () => ({
      ...base,
      ...(stageTwo.population ? { population: stageTwo.population } : {}),
      ...(stageTwo.totals ? { totals: stageTwo.totals } : {}),
      years: stageTwo.year ? { [stageTwo.year.year]: stageTwo.year } : {},
    }),
    [base, stageTwo],
  );
  const allFailures = [...failures, ...stageTwo.failures];
  // A new array on every render; the deferred copy changes only when the failures do.
  const failuresKey = allFailures.map((f) => `${f.need}\n${f.message}`).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what the failures say, not on the array
  const stableFailures = useMemo(() => allFailures, [failuresKey]);
  const { results } = useClaimResults(dataset);
  // The list is drawn from a deferred copy: a file's arrival is a synchronous update (the query store),
  // and the list's own render can then wait for a moment the browser is free.
  const shown = useDeferredValue(
    useMemo(() => ({ dataset, failures: stableFailures }), [dataset, stableFailures]),
  );
  const onChartDrawn = useCallback(() => setChartDrawn(true), []);
  return (
    <>
      {mode.kind === 'full' && <ViewNotices notices={notices} />}
      {isStageOneDone && stageOne.isCurrent && (isChartDrawn || !hasStageOneChart) && (
        <StageTwoLoader onChange={setStageTwo} />
      )}
      <ClaimList
        dataset={shown.dataset}
        results={results}
        failures={shown.failures}
        onChartDrawn={onChartDrawn}
      />
    </>
  );
}

/** A chunk that could not be loaded, and the claims' name for it. */
type FailedNeed = LoadFailure & { need: ClaimNeed };

function failedNeed(need: ClaimNeed, failure: LoadFailure | null): FailedNeed | null {
  return failure && { ...failure, need };
}

interface StageTwoData {
  population?: Population;
  totals?: Totals;
  year?: YearCrossSection;
  failures: FailedNeed[];
}

const NO_STAGE_TWO: StageTwoData = { failures: [] };

/** Loads the larger chunks and hands them up; draws nothing. */
function StageTwoLoader({ onChange }: { onChange: (data: StageTwoData) => void }) {
  const population = usePopulation();
  const year = useYearCrossSection(BHUTAN_YEAR);
  const totals = useTotals();
  useEffect(() => {
    onChange({
      ...(population.data ? { population: population.data } : {}),
      ...(totals.data ? { totals: totals.data } : {}),
      ...(year.data ? { year: year.data } : {}),
      failures: [
        failedNeed('population', loadFailureOf(population, 'the population data')),
        failedNeed(`year:${BHUTAN_YEAR}`, loadFailureOf(year, `the contributions of ${BHUTAN_YEAR}`)),
        failedNeed('totals', loadFailureOf(totals, 'the contributor totals')),
      ].filter((f): f is FailedNeed => f !== null),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the queries' other fields change on every fetch; these are what the page shows
  }, [onChange, population.data, population.error, totals.data, totals.error, year.data, year.error]);
  return null;
}

/**
 * Each claim's last result and the chunks it was computed from. The page's dataset grows in stages
 * (three small chunks, then population, totals and a year, each arriving on its own), and every step
 * used to evaluate all claims again — 40–65 ms each on this machine; a claim is now evaluated again
 * only when one of the chunks it reads has changed.
 */
const evaluations = new Map<string, { inputs: readonly unknown[]; result: ClaimResult }>();

function evaluateOnce(claim: ClaimDefinition, dataset: ClaimDataset): ClaimResult {
  const inputs = [dataset.manifest, ...claim.needs.map((need) => chunkOf(dataset, need))];
  const last = evaluations.get(claim.id);
  if (last && last.inputs.length === inputs.length && last.inputs.every((x, i) => x === inputs[i])) {
    return last.result;
  }
  const result = evaluateSafely(claim, restrictTo(dataset, claim.needs));
  evaluations.set(claim.id, { inputs, result });
  return result;
}

function evaluateSafely(claim: ClaimDefinition, dataset: ClaimDataset): ClaimResult {
  try {
    return claim.evaluate(dataset);
  } catch (error) {
    return {
      verdict: 'cannot-check',
      answer: 'The check could not run',
      detail: (error as Error).message,
    };
  }
}

type Evaluated = { claim: ClaimDefinition; result: ClaimResult | null };

/** How long one slice of claim evaluation may run before the browser gets the main thread back. */
const EVALUATION_SLICE_MS = 8;

/**
 * The results of the claims whose data are in `dataset`, evaluated in slices of a few milliseconds
 * (each slice its own task, so a phone stays responsive) and handed over in one transition once all
 * are done. `isCurrent`: the results are those of this dataset (not of the previous one, which stay
 * shown meanwhile).
 */
function useClaimResults(dataset: ClaimDataset): {
  results: ReadonlyMap<string, ClaimResult>;
  isCurrent: boolean;
} {
  const [state, setState] = useState<{ of: ClaimDataset | null; results: ReadonlyMap<string, ClaimResult> }>({
    of: null,
    results: new Map(),
  });
  useEffect(() => {
    const ready = CLAIMS.filter((claim) => isReady(dataset, claim.needs));
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const start = performance.now();
      do {
        const claim = ready[next++];
        if (claim) evaluateOnce(claim, dataset);
      } while (next < ready.length && performance.now() - start < EVALUATION_SLICE_MS);
      if (next < ready.length) {
        timer = setTimeout(slice, 0);
        return;
      }
      const results = new Map(ready.map((claim) => [claim.id, evaluateOnce(claim, dataset)]));
      startTransition(() => setState({ of: dataset, results }));
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [dataset]);
  return { results: state.results, isCurrent: state.of === dataset };
}

// Memoised: the page's renders on each file's arrival leave the list as it is until its deferred data change.
const ClaimList = memo(function ClaimList({
  dataset,
  results: resultById,
  failures,
  onChartDrawn,
}: {
  dataset: ClaimDataset;
  results: ReadonlyMap<string, ClaimResult>;
  failures: readonly FailedNeed[];
  onChartDrawn: () => void;
}) {
  const results: Evaluated[] = useMemo(
    () => CLAIMS.map((claim) => ({ claim, result: resultById.get(claim.id) ?? null })),
    [resultById],
  );
  const mode = useDisplayMode();
  // An embed or a slide of one evidence chart shows that chart alone.
  if (mode.kind !== 'full' && mode.chart !== undefined) {
    const charts = results.flatMap((r) => {
      const chart = r.result?.chart;
      return chart && chart.id === mode.chart ? [chart] : [];
    });
    return (
      <>
        {charts.map((chart) => (
          <Suspense
            key={chart.id}
            fallback={
              <p className="loading" role="status">
                Loading the chart…
              </p>
            }
          >
            <EvidenceChartFrame chart={chart} version={dataset.manifest.version} onDrawn={onChartDrawn} />
          </Suspense>
        ))}
      </>
    );
  }
  const done = results.flatMap((r) => (r.result ? [r.result] : []));
  const counts = summarise(done);
  const blockedBy = (claim: ClaimDefinition) => failures.find((f) => claim.needs.includes(f.need));
  const blocked = results.filter((r) => !r.result && blockedBy(r.claim)).length;
  const pending = results.length - done.length - blocked;
  return (
    <>
      <LoadFailures failures={failures} />
      <p className="claims-summary" data-testid="claims-summary" aria-live="polite">
        {results.length} figures: <strong>{counts.match}</strong> match the data,{' '}
        <strong>{counts.consistent}</strong> are consistent with it without being pinned by it,{' '}
        <strong>{counts.differs}</strong> differ, <strong>{counts['cannot-check']}</strong> cannot be checked
        with this data
        {blocked > 0 ? `; ${blocked} wait for data that could not be loaded` : ''}
        {pending > 0 ? `; ${pending} still being checked` : ''}. Dataset {dataset.manifest.version}
        {dataset.fatalities ? `; fatalities snapshot ${dataset.fatalities.snapshot}` : ''}.
      </p>
      <JumpList results={results} />
      {ARTICLES.map((article) => (
        <section key={article.id} className="claims-article" aria-labelledby={`article-${article.id}`}>
          <h2 id={`article-${article.id}`}>{article.title}</h2>
          <p className="claims-meta">
            {article.publisher}, {article.date}. <span className="claims-url">{article.url}</span>
          </p>
          <p className="note">{article.dateNote}</p>
          <ol className="claims-list">
            {results
              .filter((r) => r.claim.article.id === article.id)
              .map(({ claim, result }) => (
                <li key={claim.id}>
                  <ClaimCard
                    claim={claim}
                    result={result}
                    blockedBy={result ? undefined : blockedBy(claim)?.what}
                    version={dataset.manifest.version}
                    missions={dataset.manifest.missions}
                    onChartDrawn={onChartDrawn}
                  />
                </li>
              ))}
          </ol>
        </section>
      ))}
    </>
  );
});

/** The element id of a claim's card (the jump list scrolls to it). */
const claimAnchor = (id: string) => `claim-card-${id}`;

/** In-page links to every claim (ui/inPageLink: the address keeps the #/claims route). */
function JumpList({ results }: { results: readonly Evaluated[] }) {
  return (
    <nav className="claims-jump" aria-labelledby="claims-jump-heading">
      <h2 id="claims-jump-heading">The figures</h2>
      {ARTICLES.map((article) => (
        <div key={article.id}>
          <p className="claims-jump-article">{article.publisher}</p>
          <ol>
            {results
              .filter((r) => r.claim.article.id === article.id)
              .map(({ claim, result }) => (
                <li key={claim.id}>
                  <a
                    href={hashHref('/claims')}
                    onClick={(e) => jumpTo(e, claimAnchor(claim.id))}
                    data-jump={claim.id}
                  >
                    {claim.figure}
                  </a>
                  {result && (
                    <span className="claims-jump-verdict">
                      {' '}
                      <span aria-hidden="true">{VERDICT_ICON[result.verdict]}</span>{' '}
                      {VERDICT_LABEL[result.verdict]}
                    </span>
                  )}
                </li>
              ))}
          </ol>
        </div>
      ))}
    </nav>
  );
}

const VERDICT_ICON = { match: '✓', consistent: '≈', differs: '≠', 'cannot-check': '?' } as const;

function ClaimCard({
  claim,
  result,
  blockedBy,
  version,
  missions,
  onChartDrawn,
}: {
  claim: ClaimDefinition;
  result: ClaimResult | null;
  /** What the check needs and could not load, if anything. */
  blockedBy?: string | undefined;
  version: string;
  /** The missions the missions view shows: their acronyms in the answers link to it. */
  missions: Manifest['missions'];
  onChartDrawn: () => void;
}) {
  const mode = useDisplayMode();
  return (
    <article
      className={`claim claim--${result?.verdict ?? 'pending'}`}
      id={claimAnchor(claim.id)}
      tabIndex={-1}
      data-testid={`claim-${claim.id}`}
      aria-label={claim.figure}
    >
      <h3 className="claim-figure">{claim.figure}</h3>
      <blockquote className="claim-quote" cite={claim.article.url}>
        <p>&ldquo;{claim.quote}&rdquo;</p>
        <footer>
          — {claim.article.publisher}, {claim.article.date}
        </footer>
      </blockquote>
      {result === null && blockedBy !== undefined ? (
        <p className="claim-blocked">Not checked: {blockedBy} could not be loaded (see the message above).</p>
      ) : result === null ? (
        <p className="loading" role="status">
          Checking against the data…
        </p>
      ) : (
        <>
          <dl className="claim-check">
            <div>
              <dt>The data say</dt>
              <dd data-testid="claim-answer">
                <MissionLinkedText text={result.answer} missions={missions} />
              </dd>
            </div>
            <div>
              <dt>Verdict</dt>
              <dd className="claim-verdict" data-testid="claim-verdict" data-verdict={result.verdict}>
                <span aria-hidden="true" className="claim-verdict-icon">
                  {VERDICT_ICON[result.verdict]}
                </span>{' '}
                {VERDICT_LABEL[result.verdict]}
                {result.difference !== undefined ? ` (by ${signed(result.difference)})` : ''}
              </dd>
            </div>
          </dl>
          <p className="claim-detail">
            <MissionLinkedText text={result.detail} missions={missions} />
          </p>
          {result.caveat && (
            <p className="claim-caveat">
              Note: <MissionLinkedText text={result.caveat} missions={missions} />
            </p>
          )}
          {result.chart && isChartShown(mode, result.chart.id) && (
            <Suspense
              fallback={
                <p className="loading" role="status">
                  Loading the chart…
                </p>
              }
            >
              <EvidenceChartFrame chart={result.chart} version={version} onDrawn={onChartDrawn} />
            </Suspense>
          )}
          {result.evidence && <Evidence evidence={result.evidence} missions={missions} />}
        </>
      )}
    </article>
  );
}

type EvidenceRow = readonly (string | number | null)[];

function Evidence({
  evidence,
  missions,
}: {
  evidence: NonNullable<ClaimResult['evidence']>;
  missions: Manifest['missions'];
}) {
  // The table is built when the reader opens it (or the page is printed): one claim's evidence is a
  // row per month since 1990, ~2,100 elements that every first load of the page built and never showed.
  const isDrawAll = useDrawEverything();
  const [isOpen, setOpen] = useState(false);
  const acronyms = new Set(missions.map((m) => m.acronym));
  const columns: DataTableColumn<EvidenceRow>[] = evidence.columns.map((label, i) => ({
    id: `c${i}`,
    label,
    kind: evidence.rows.some((r) => typeof r[i] === 'number') ? 'number' : 'text',
    value: (row) => row[i] ?? null,
    link: (row) => {
      const cell = row[i];
      return typeof cell === 'string' && acronyms.has(cell) ? missionHref(cell) : null;
    },
    ...(i === 0
      ? { sortValue: (row: EvidenceRow) => evidence.rows.length - evidence.rows.indexOf(row) }
      : {}),
  }));
  return (
    <details
      className="claim-evidence"
      {...(isDrawAll ? { open: true } : {})}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {evidence.caption} (table, {formatNumber(evidence.rows.length)}{' '}
        {evidence.rows.length === 1 ? 'row' : 'rows'})
      </summary>
      {(isOpen || isDrawAll) && (
        <DataTable
          caption={evidence.caption}
          columns={columns}
          rows={evidence.rows}
          rowKey={(r) => String(r[0])}
        />
      )}
    </details>
  );
}
