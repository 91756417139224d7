// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LineMarksProps } from '../../../src/charts/LineMarks.tsx';
import type { AreaMarksProps } from '../../../src/charts/AreaMarks.tsx';
import { MarkedLineChart } from '../../../src/charts/MarkedLineChart.tsx';
import { countryMissionSeries } from '../../../src/data/selectors/missionSeries.ts';
import { missionPanels } from '../../../src/features/deployments/missionModel.ts';
import { MissionSmallMultiples } from '../../../src/features/deployments/MissionSmallMultiples.tsx';
import { makeCells, makeManifest, makeMission, monthEnds } from './fixtures.ts';

const renders = vi.hoisted(() => ({ lines: 0, areas: 0 }));

// Count renders of the marks; an unchanged count while the pointer moves means only the hover layer rendered.
vi.mock('../../../src/charts/LineMarks.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/charts/LineMarks.tsx')>();
  return {
    ...original,
    LineMarks: (props: LineMarksProps) => (renders.lines++, createElement(original.LineMarks, props)),
  };
});
vi.mock('../../../src/charts/AreaMarks.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/charts/AreaMarks.tsx')>();
  return {
    ...original,
    AreaMarks: (props: AreaMarksProps) => (renders.areas++, createElement(original.AreaMarks, props)),
  };
});

afterEach(cleanup);

describe('hovering re-renders the reading, not the marks', () => {
  it('MarkedLineChart: rank line with markers', () => {
    const months = monthEnds('2020-01', 24);
    render(
      <MarkedLineChart
        title="Rank"
        description="Test."
        months={months}
        series={[{ id: 'a', label: 'A', values: months.map((_, i) => 1 + (i % 4)) }]}
        yAxis={{ kind: 'rank' }}
        markers={[{ id: 'm', month: months[3] ?? '', badge: '1', description: 'first' }]}
        valueText={(_, __, v) => `rank ${v ?? '?'}`}
        width={600}
        height={300}
      />,
    );
    const svg = screen.getByRole('img');
    const before = renders.lines;
    expect(before).toBeGreaterThan(0);
    for (const clientX of [80, 160, 240, 400]) fireEvent.pointerMove(svg, { clientX, pointerType: 'mouse' });
    fireEvent.keyDown(svg, { key: 'ArrowLeft' });
    expect(document.querySelector('.bh-tooltip')?.textContent).toMatch(/rank \d/);
    expect(renders.lines).toBe(before);
  });

  it('mission panels: each panel reads its own month', () => {
    const manifest = makeManifest({
      first: '2020-01',
      count: 12,
      missions: [makeMission('MONE')],
      months: { 5: { hasMission: false } },
    });
    const cells = makeCells(
      manifest,
      'AAA',
      Array.from({ length: 12 }, (_, m) => ({
        month: m,
        type: 'troops' as const,
        total: 100 + m,
        mission: m === 5 ? -1 : 0,
      })),
    );
    const model = missionPanels(
      manifest,
      countryMissionSeries(manifest, cells),
      { from: 0, to: 11 },
      { set: 'all', topN: 12 },
    );
    render(
      <MissionSmallMultiples
        title="By mission"
        months={manifest.months}
        model={model}
        range={{ from: 0, to: 11 }}
        scale="shared"
        countryName="Aland"
        width={600}
      />,
    );
    const svg = screen.getByRole('img');
    const before = renders.areas;
    for (const clientX of [60, 120, 300, 500]) fireEvent.pointerMove(svg, { clientX, pointerType: 'mouse' });
    expect(document.querySelector('.bh-tooltip')).not.toBeNull();
    expect(renders.areas).toBe(before);
    // The keyboard reads a month without mission detail in words, not as 0.
    fireEvent.keyDown(svg, { key: 'Home' });
    for (let i = 0; i < 5; i++) fireEvent.keyDown(svg, { key: 'ArrowRight' });
    expect(document.querySelector('.bh-tooltip')?.textContent).toContain('no mission detail');
  });
});
