import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/charts/LineChart.tsx';
import { endsNearRangeEnd, unlabelledSeries } from '../../../src/charts/seriesLegend.ts';
import { StackedAreaChart } from '../../../src/charts/StackedAreaChart.tsx';
import { makeMonths, makeSeries } from './fixtures.ts';

/** The names at the line ends: one entry per label, a wrapped name's lines joined. */
function endLabels(markup: string): string[] {
  const start = markup.indexOf('bh-end-labels');
  if (start < 0) return [];
  const group = markup.slice(start, markup.indexOf('</svg>', start));
  return [...group.matchAll(/<text x="16"[^>]*>([\s\S]*?)<\/text>/g)].map(
    (m) =>
      m[1]
        ?.replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() ?? '',
  );
}

/** The names in the legend under the chart; [] when there is none. */
function legend(markup: string): string[] {
  const start = markup.indexOf('<ul class="legend');
  if (start < 0) return [];
  const list = markup.slice(start, markup.indexOf('</ul>', start));
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, '').trim() ?? '');
}

const key = (id: string, hasData = true) => ({ id, label: id.toUpperCase(), color: 'red', hasData });

describe('the legend under a time chart', () => {
  it('lists only the drawn series that no end label names, in series order', () => {
    expect(unlabelledSeries([key('a'), key('b'), key('c')], new Set(['b'])).map((i) => i.id)).toEqual([
      'a',
      'c',
    ]);
  });

  it('is empty — no legend — when every drawn series has its end label', () => {
    expect(unlabelledSeries([key('a'), key('b')], new Set(['a', 'b']))).toEqual([]);
  });

  it('leaves out a series with nothing in the range shown: it is neither labelled nor keyed', () => {
    expect(unlabelledSeries([key('a'), key('empty', false)], new Set(['a']))).toEqual([]);
  });

  it('names a line in the margin only when it reaches the last twentieth of the range (three months at least)', () => {
    const range = { from: 0, to: 400 };
    expect(endsNearRangeEnd(400, range)).toBe(true);
    expect(endsNearRangeEnd(380, range)).toBe(true);
    expect(endsNearRangeEnd(379, range)).toBe(false);
    expect(endsNearRangeEnd(9, { from: 0, to: 12 })).toBe(true);
    expect(endsNearRangeEnd(8, { from: 0, to: 12 })).toBe(false);
  });
});

describe('end labels and legend of the stacked areas say each name once', () => {
  const months = makeMonths('2005-01', 120);
  // Like the deployments by-type chart: "Police (not split)" stops in November 2009 (zero height after,
  // not reported), formed police units start then.
  const split = 58;
  const series = [
    makeSeries(
      'troops',
      months.map(() => 1000),
      'Troops',
    ),
    {
      ...makeSeries(
        'police',
        months.map((_, i) => (i < split ? 200 : 0)),
        'Police (not split)',
      ),
      readings: months.map((_, i) => (i < split ? 200 : null)),
    },
    {
      ...makeSeries(
        'fpu',
        months.map((_, i) => (i < split ? 0 : 300)),
        'Formed police units',
      ),
      readings: months.map((_, i) => (i < split ? null : 300)),
    },
  ];
  const draw = (range?: { from: number; to: number }) =>
    renderToStaticMarkup(
      <StackedAreaChart
        title="By type"
        description="Test."
        months={months}
        series={series}
        {...(range ? { range } : {})}
        width={900}
        height={360}
      />,
    );

  it('keys a layer that stops before the range ends in the legend, and only it', () => {
    const markup = draw();
    expect(endLabels(markup).sort()).toEqual(['Formed police units', 'Troops']);
    expect(legend(markup)).toEqual(['Police (not split)']);
  });

  it('has no legend when every layer in the range is named at its end', () => {
    const markup = draw({ from: split, to: months.length - 1 });
    expect(endLabels(markup).sort()).toEqual(['Formed police units', 'Troops']);
    expect(markup).not.toContain('<ul class="legend');
  });

  it('gives a layer empty in the range shown neither an end label nor a legend entry ("Police (not split)" after 2009)', () => {
    const markup = draw({ from: split + 2, to: months.length - 1 });
    expect(markup).not.toContain('Police (not split)</text>');
    expect(legend(markup)).toEqual([]);
  });
});

describe('end labels and legend of the line chart say each name once', () => {
  const months = makeMonths('2015-01', 60);
  const lines = Array.from({ length: 8 }, (_, k) =>
    makeSeries(
      `s${k}`,
      months.map(() => 100 + k),
      `Series ${k}`,
    ),
  );

  it('keys in the legend exactly the lines whose end labels were thinned away for lack of room', () => {
    const markup = renderToStaticMarkup(
      <LineChart title="t" description="d" months={months} series={lines} width={640} height={90} />,
    );
    const labelled = endLabels(markup);
    const keyed = legend(markup);
    expect(labelled.length).toBeGreaterThan(0);
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.filter((name) => labelled.includes(name))).toEqual([]);
    expect([...labelled, ...keyed].sort()).toEqual(lines.map((l) => l.label).sort());
  });

  it('keys a line that stops years before the end in the legend, not in the margin far from it', () => {
    const markup = renderToStaticMarkup(
      <LineChart
        title="t"
        description="d"
        months={months}
        series={[
          makeSeries(
            'long',
            months.map(() => 5),
            'Still here',
          ),
          makeSeries(
            'short',
            months.map((_, i) => (i < 20 ? 3 : null)),
            'Stopped in 2016',
          ),
        ]}
        width={640}
        height={300}
      />,
    );
    expect(endLabels(markup)).toEqual(['Still here']);
    expect(legend(markup)).toEqual(['Stopped in 2016']);
  });

  it('gives a line empty in the range neither an end label nor a legend entry, and has no legend when the rest are named', () => {
    const markup = renderToStaticMarkup(
      <LineChart
        title="t"
        description="d"
        months={months}
        series={[
          makeSeries(
            'a',
            months.map(() => 5),
            'Drawn',
          ),
          makeSeries(
            'b',
            months.map(() => null),
            'Never reported',
          ),
        ]}
        width={640}
        height={300}
      />,
    );
    expect(endLabels(markup)).toEqual(['Drawn']);
    expect(markup).not.toContain('<ul class="legend');
  });

  it('draws neither end labels nor a legend when the page keys the lines itself (small multiples)', () => {
    const markup = renderToStaticMarkup(
      <LineChart
        title="t"
        description="d"
        months={months}
        series={lines}
        endLabels="none"
        width={640}
        height={90}
      />,
    );
    expect(endLabels(markup)).toEqual([]);
    expect(markup).not.toContain('<ul class="legend');
  });
});
