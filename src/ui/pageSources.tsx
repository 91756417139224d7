// One source note per page: in the full view each chart prints a one-line source (its registry entry's
// `source`), and the full source lines, with files, months and notes, are printed once at the end of
// the page. Embeds and present mode show one chart alone, which keeps its full source line.
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { hashHref } from '../state/viewLinks.ts';
import './pageSources.css';

interface PageSources {
  /** The one-line source of a chart, from its registry entry. */
  short: (chartId: string) => string | undefined;
  /** Adds a chart's full source line to the page's note; returns the removal. */
  register: (chartId: string, full: string) => () => void;
}

const PageSourcesContext = createContext<PageSources | null>(null);

/** The line to print under a chart: its short source when the page collects the full ones. */
export function useChartSourceLine(chartId: string, full: string): string {
  const page = useContext(PageSourcesContext);
  const short = page?.short(chartId);
  useEffect(() => (page ? page.register(chartId, full) : undefined), [page, chartId, full]);
  return page && short ? `Source: ${short}. Files, months and notes: “Sources for this page” below.` : full;
}

export interface PageSourceChart {
  id: string;
  label: string;
  source: string;
}

/** Collects the full source lines of a page's charts (ChartList provides it in the full view). */
export function usePageSources(charts: readonly PageSourceChart[]) {
  const [lines, setLines] = useState<ReadonlyMap<string, string>>(new Map());
  const value = useMemo<PageSources>(
    () => ({
      short: (id) => charts.find((c) => c.id === id)?.source,
      register: (id, full) => {
        setLines((old) => (old.get(id) === full ? old : new Map(old).set(id, full)));
        return () =>
          setLines((old) => {
            if (!old.has(id)) return old;
            const next = new Map(old);
            next.delete(id);
            return next;
          });
      },
    }),
    [charts],
  );
  // Charts sharing a source line share one entry, in page order.
  const entries = useMemo(() => {
    const byLine = new Map<string, string[]>();
    for (const chart of charts) {
      const line = lines.get(chart.id);
      if (line === undefined) continue;
      byLine.set(line, [...(byLine.get(line) ?? []), chart.label]);
    }
    return [...byLine].map(([line, labels]) => ({ line, labels }));
  }, [charts, lines]);
  return { value, entries };
}

export const PageSourcesProvider = PageSourcesContext.Provider;

export function PageSourceNote({ entries }: { entries: readonly { line: string; labels: string[] }[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="page-source-note" aria-labelledby="page-source-note-heading">
      <h2 id="page-source-note-heading">Sources for this page</h2>
      <ul>
        {entries.map(({ line, labels }) => (
          <li key={line}>
            <strong>{labels.join('; ')}.</strong> {line}
          </li>
        ))}
      </ul>
      <p>
        Every source with its coverage, gaps and licence is listed on the{' '}
        <a href={hashHref('/sources')}>Sources page</a>.
      </p>
    </section>
  );
}
