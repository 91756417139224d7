// @vitest-environment happy-dom
// The fatalities view's pooled-rate bars (registry chart 'rate-summary'), drawn from the bundled dataset
// as the page draws them: "All UN uniformed personnel" is the yardstick the countries are read against,
// so it must be a labelled dashed line, never a ranked bar (it was once ranked first among the countries).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Fatalities, Manifest, Totals } from '../../../src/data/schema.ts';
import RateSummaryChart from '../../../src/features/fatalities/charts/RateSummaryChart.tsx';
import { pooledRows, rateModel, WORLD_ID } from '../../../src/features/fatalities/rateModel.ts';

const read = <T,>(file: string): T =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../data', file), 'utf8')) as T;

const manifest = read<Manifest>('manifest.json');
const totals = read<Totals>('totals.json');
const fatalities = read<Fatalities>('fatalities.json');
const view = { country: 'BGD', personnel: 'uniformed' as const, peers: [] };

/** The chart's section as the page renders it, with its data already loaded (the queries' own keys). */
function renderRateSummary(): Document {
  const client = new QueryClient();
  client.setQueryData(['manifest'], manifest);
  client.setQueryData(['totals', manifest.version], totals);
  client.setQueryData(['fatalities', manifest.version], fatalities);
  const markup = renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <RateSummaryChart manifest={manifest} view={view} name="Bangladesh" update={() => undefined} />
    </QueryClientProvider>,
  );
  return new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
}

describe('the fatalities view’s pooled rates', () => {
  it('keeps "All UN" out of the ranking of countries and draws it as the labelled line', () => {
    const world = pooledRows(rateModel(manifest, totals, fatalities, view.country, view.peers)).find(
      (r) => r.id === WORLD_ID,
    );
    expect(world?.label).toBe('All UN uniformed personnel');

    const doc = renderRateSummary();
    const chart = doc.querySelector('[data-chart="rate-summary"] svg[role="img"]');
    expect(chart, 'the rate-summary chart is drawn').not.toBeNull();

    const bars = [...(chart?.querySelectorAll('.bh-bar') ?? [])].map((bar) => bar.getAttribute('aria-label'));
    // Bangladesh and its four largest fellow contributors, ranked; no bar for All UN.
    expect(bars[0]).toMatch(/^Rank 1, /);
    expect(bars[0]).not.toContain('All UN');
    expect(bars.filter((label) => label?.includes('All UN'))).toEqual([]);
    expect(bars).toHaveLength(5);
    expect(bars.some((label) => label?.startsWith('Rank ') && label.includes(', Bangladesh: '))).toBe(true);

    const benchmarks = [...(chart?.querySelectorAll('.bh-benchmark') ?? [])];
    expect(benchmarks).toHaveLength(1);
    expect(benchmarks[0]?.getAttribute('aria-label')).toMatch(
      /^All UN uniformed personnel [\d.]+ \(not ranked\)$/,
    );
    expect(benchmarks[0]?.querySelector('line')?.getAttribute('stroke-dasharray')).toBe('5 4');
    expect(benchmarks[0]?.querySelector('text')?.textContent).toBe(
      `All UN uniformed personnel ${String(Math.round((world?.perThousand ?? NaN) * 100) / 100)}`,
    );
  });
});
