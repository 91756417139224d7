import { useManifest } from '../../data/queries.ts';
import type { Manifest } from '../../data/schema.ts';
import { Loaded } from '../../ui/Loaded.tsx';
import { MissionLink } from '../../ui/MissionLink.tsx';
import { formatCount, formatPercent } from '../../ui/format.ts';
import { monthLabel } from '../../data/selectors/months.ts';
import { useDocumentTitle } from '../../ui/useDocumentTitle.ts';
import { Disclosure } from '../../ui/Disclosure.tsx';
import { jumpTo } from '../../ui/inPageLink.ts';
import { hashHref } from '../../state/viewLinks.ts';
import '../../ui/pageContents.css';

export const DOWNLOADS = [
  {
    file: 'contributions.csv',
    what: 'Uniformed personnel by month, country, mission and personnel type (finest cells the sources give)',
  },
  { file: 'fatalities.csv', what: 'One row per fatality in UN peace operations, all personnel types' },
  {
    file: 'population.csv',
    what: 'Population by country and year (World Bank), used for per-capita figures',
  },
] as const;

export default function SourcesPage() {
  const manifest = useManifest();
  useDocumentTitle('Sources');
  return (
    <Loaded query={manifest} what="dataset index">
      {(m) => <Sources manifest={m} />}
    </Loaded>
  );
}

function Sources({ manifest }: { manifest: Manifest }) {
  const okMonths = manifest.monthInfo.filter((m) => m.status === 'ok').length;
  const genderNotes = manifest.monthInfo.flatMap((info, i) =>
    info.status === 'ok' && info.genderNote
      ? [{ month: manifest.months[i] ?? '', note: info.genderNote }]
      : [],
  );
  const placedByEvidence = manifest.monthInfo.flatMap((info, i) =>
    info.status === 'ok' && info.datedBy
      ? [{ month: manifest.months[i] ?? '', file: info.file, evidence: info.datedBy }]
      : [],
  );
  const names = new Map([...manifest.countries, ...manifest.otherCountries].map((c) => [c.iso3, c.name]));
  const withheld = manifest.withheld ?? [];
  const missionNames = new Map(manifest.missions.map((m) => [m.acronym, m.name]));
  const notReported = manifest.notReported ?? [];
  // The page's sections, for the list of links at its top (a long page on a phone).
  const sections = [
    { id: 'download', title: 'Download the data', isShown: true },
    { id: 'sources', title: 'Sources', isShown: true },
    { id: 'gaps', title: 'Months without data', isShown: true },
    { id: 'left-out', title: 'Files left out', isShown: manifest.duplicates.length > 0 },
    { id: 'dated-by-evidence', title: 'Months placed by evidence', isShown: placedByEvidence.length > 0 },
    { id: 'not-reported', title: 'Contributors missing from a month', isShown: notReported.length > 0 },
    { id: 'withheld', title: 'Figures withheld', isShown: withheld.length > 0 },
    { id: 'seam', title: 'Where the two series meet', isShown: manifest.seam.length > 0 },
    { id: 'cite', title: 'How to cite', isShown: true },
  ].filter((x) => x.isShown);
  return (
    <article className="page sources">
      <h1>Sources, gaps and downloads</h1>
      <p>
        Dataset version <strong data-testid="dataset-version">{manifest.version}</strong>, built{' '}
        {manifest.builtAt.slice(0, 10)}. It covers {monthLabel(manifest.months[0] ?? '')} to{' '}
        {monthLabel(manifest.months[manifest.months.length - 1] ?? '')}: {okMonths} months with a report,{' '}
        {manifest.months.length - okMonths} without. Every month read from a UN PDF was checked against the
        totals the report itself prints.
      </p>
      <nav className="page-contents" aria-labelledby="sources-contents">
        <h2 id="sources-contents">On this page</h2>
        <ul>
          {sections.map((x) => (
            <li key={x.id}>
              <a href={hashHref('/sources')} onClick={(e) => jumpTo(e, x.id)} data-jump={x.id}>
                {x.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <h2 id="download">Download the data</h2>
      <ul>
        {DOWNLOADS.map((d) => (
          <li key={d.file}>
            <a href={`data/${d.file}`} download>
              {d.file}
            </a>{' '}
            — {d.what}.
          </li>
        ))}
      </ul>

      <h2 id="sources">Sources</h2>
      {manifest.sources.map((s) => (
        <section key={s.id} className="source-entry" aria-labelledby={`source-${s.id}`}>
          <h3 id={`source-${s.id}`}>{s.title}</h3>
          <dl className="source-facts">
            <dt>Publisher</dt>
            <dd>{s.publisher}</dd>
            <dt>Original</dt>
            <dd>{s.url}</dd>
            <dt>Copy used</dt>
            <dd>{s.foundIn}</dd>
            <dt>Coverage</dt>
            <dd>
              {s.coverage.from} to {s.coverage.to}; {formatCount(s.records)} records in {formatCount(s.files)}{' '}
              file{s.files === 1 ? '' : 's'}
            </dd>
            <dt>Terms</dt>
            <dd>{s.terms}</dd>
          </dl>
          {s.notes.length > 0 ? (
            <ul className="source-notes">
              {s.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}

      <h2 id="gaps">Months without data</h2>
      <p>A gap is drawn as a break in charts and left blank in tables; it is never counted as zero.</p>
      <div className="table-scroll">
        <table data-testid="gaps-table" className="stack-table">
          <caption>Months with no usable report</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {manifest.gaps.map((g) => (
              <tr key={g.from}>
                <td data-label="From">{monthLabel(g.from)}</td>
                <td data-label="To">{monthLabel(g.to)}</td>
                <td data-label="Why">{g.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {manifest.duplicates.length > 0 ? (
        <>
          <h2 id="left-out">Files left out</h2>
          <ul>
            {manifest.duplicates.map((d) => (
              <li key={d.file}>
                <code>{d.file}</code>: {d.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {placedByEvidence.length > 0 ? (
        <>
          <h2 id="dated-by-evidence">Months placed by evidence</h2>
          <p>
            A report that prints no date is used only when the evidence pins exactly one month, the month its
            file name gives.
          </p>
          {placedByEvidence.map((d) => (
            <section key={d.month} data-testid="dated-by-evidence" aria-labelledby={`dated-${d.month}`}>
              <h3 id={`dated-${d.month}`}>
                {monthLabel(d.month)}: <code>{d.file}</code> prints no date
              </h3>
              <ol>
                {d.evidence.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ol>
            </section>
          ))}
        </>
      ) : null}

      {notReported.length > 0 ? (
        <>
          <h2 id="not-reported">Contributors missing from a reported month</h2>
          <p>
            A month that a source lists only in part: these contributors appear in the months before and after
            but not in it. Their figure for that month is blank (not reported), never 0, and so is the
            month&rsquo;s world total, which without them would be a partial sum.
          </p>
          <ul data-testid="not-reported-list">
            {notReported.map((n) => (
              <li key={`${n.month}-${n.iso3}`}>
                <strong>
                  {monthLabel(n.month)}, {names.get(n.iso3) ?? n.iso3}:
                </strong>{' '}
                {n.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {withheld.length > 0 ? (
        <>
          <h2 id="withheld">Figures withheld</h2>
          <p>
            Where a source prints a male/female split that cannot be right, the split is left blank and the
            total kept. The build records every such value.
          </p>
          <Disclosure summary={`Show all ${formatCount(withheld.length)} withheld values`}>
            <ul data-testid="withheld-list">
              {withheld.map((w) => (
                <li key={`${w.month}-${w.iso3 ?? 'all'}-${w.mission ?? 'all'}`}>
                  <strong>
                    {monthLabel(w.month)},{' '}
                    {w.iso3 === null ? 'every contributor' : (names.get(w.iso3) ?? w.iso3)}
                    {w.mission ? (
                      <>
                        {' in '}
                        {missionNames.has(w.mission) ? (
                          <MissionLink acronym={w.mission} name={missionNames.get(w.mission)} />
                        ) : (
                          w.mission
                        )}
                      </>
                    ) : (
                      ''
                    )}
                    :
                  </strong>{' '}
                  {w.values} withheld. {w.reason}
                </li>
              ))}
            </ul>
          </Disclosure>
        </>
      ) : genderNotes.length > 0 ? (
        <>
          <h2>Known errors in the reports</h2>
          <ul>
            {genderNotes.map((g) => (
              <li key={g.month}>
                {monthLabel(g.month)}: {g.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {manifest.seam.length > 0 ? (
        <>
          <h2 id="seam">Where the two series meet</h2>
          <p>
            This dataset takes 1990–2014 from IPI&rsquo;s compilation and 2015 onwards from the UN&rsquo;s
            monthly reports. IPI also published world totals (without country detail) up to March 2017; they
            are shown beside this dataset&rsquo;s own totals so you can judge the join.{' '}
            {seamSentence(manifest.seam)}
          </p>
          <Disclosure
            summary={`Show the world totals of ${formatCount(manifest.seam.length)} months around the join`}
          >
            <div className="table-scroll">
              <table data-testid="seam-table" className="stack-table">
                <caption>All uniformed personnel, world total by month</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Source in this dataset</th>
                    <th scope="col" className="num">
                      This dataset
                    </th>
                    <th scope="col" className="num">
                      IPI world total
                    </th>
                    <th scope="col" className="num">
                      Difference
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {manifest.seam.map((s) => (
                    <tr key={s.month}>
                      <td data-label="Month">{monthLabel(s.month)}</td>
                      <td data-label="Source in this dataset">{s.source}</td>
                      <td className="num" data-label="This dataset">
                        {s.total === null ? '' : formatCount(s.total)}
                      </td>
                      <td className="num" data-label="IPI world total">
                        {s.ipiWorldTotal === null ? '' : formatCount(s.ipiWorldTotal)}
                      </td>
                      <td className="num" data-label="Difference">
                        {s.total === null || s.ipiWorldTotal === null
                          ? ''
                          : formatSigned(s.total - s.ipiWorldTotal)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Disclosure>
        </>
      ) : null}

      <h2 id="cite">How to cite</h2>
      <p>
        Blue Helmets dataset, version {manifest.version}, compiled from UN Department of Peace Operations
        monthly contribution reports, the IPI Peacekeeping Database, the UN fatalities dataset and World Bank
        population data.
      </p>
    </article>
  );
}

function formatSigned(n: number): string {
  return n === 0 ? '0' : `${n > 0 ? '+' : '−'}${formatCount(Math.abs(n))}`;
}

/** One sentence on the jump across the gap: last IPI month against the first UN month. */
function seamSentence(seam: Manifest['seam']): string {
  const before = [...seam].reverse().find((s) => s.total !== null && s.month < '2014-04');
  const after = seam.find((s) => s.total !== null && s.month > '2014-12');
  if (!before || !after || before.total === null || after.total === null) return '';
  const change = after.total - before.total;
  return `From ${monthLabel(before.month)} (${formatCount(before.total)}) to ${monthLabel(after.month)} (${formatCount(after.total)}) the world total changes by ${formatSigned(change)} (${formatPercent(change / before.total)}) across the nine missing months.`;
}
