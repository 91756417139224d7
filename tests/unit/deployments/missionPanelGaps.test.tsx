// A mission's panel hatches months without a report or mission detail only while the country could
// have been there: from its first month in the mission to the mission's closure.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { countryMissionSeries } from '../../../src/data/selectors/missionSeries.ts';
import { missionPanels } from '../../../src/features/deployments/missionModel.ts';
import {
  MissionSmallMultiples,
  panelReading,
} from '../../../src/features/deployments/MissionSmallMultiples.tsx';
import { makeCells, makeManifest, makeMission } from './fixtures.ts';

// 24 months from 2015-01. MOPEN stays open; MSHUT closed in 2015. No report in 2016-03 (month 14);
// no mission detail in 2015-06 (month 5) and 2016-09 (month 20). AAA serves in MSHUT from 2015-02
// and in MOPEN from 2015-04.
function fixture() {
  const manifest = makeManifest({
    first: '2015-01',
    count: 24,
    missions: [makeMission('MOPEN'), makeMission('MSHUT', { end: 2015 })],
    months: { 5: { hasMission: false }, 14: { status: 'gap' }, 20: { hasMission: false } },
  });
  const cells = [];
  for (let m = 1; m < 24; m++) {
    if (m === 5 || m === 14 || m === 20) continue;
    if (m <= 11) cells.push({ month: m, type: 'troops' as const, total: 40, mission: 1 });
    if (m >= 3) cells.push({ month: m, type: 'troops' as const, total: 100, mission: 0 });
  }
  const aaa = makeCells(manifest, 'AAA', cells);
  const range = { from: 0, to: 23 };
  const model = missionPanels(manifest, countryMissionSeries(manifest, aaa), range, { set: 'all', topN: 12 });
  return { manifest, model, range };
}

/** The hatched bands' labels of each panel, by mission. */
function bandsByPanel(): Record<string, string[]> {
  const { manifest, model, range } = fixture();
  const html = renderToStaticMarkup(
    <MissionSmallMultiples
      title="Aland by mission"
      months={manifest.months}
      model={model}
      range={range}
      scale="shared"
      countryName="Aland"
      width={520}
    />,
  );
  const panels = html.split('role="listitem"').slice(1);
  return Object.fromEntries(
    panels.map((p) => [
      /<abbr[^>]*>([A-Z]+)<\/abbr>|>(MOPEN|MSHUT)</.exec(p)?.slice(1).find(Boolean) ?? '?',
      [...p.matchAll(/class="bh-gap"[^>]*aria-label="([^"]+)"/g)].map((m) => m[1] ?? ''),
    ]),
  );
}

describe('hatched months in a mission panel', () => {
  test('an open mission keeps every gap from the first month the country served there', () => {
    expect(bandsByPanel()['MOPEN']).toEqual([
      'no report: March 2016',
      'no mission detail: June 2015',
      'no mission detail: September 2016',
    ]);
  });

  test('a closed mission shows only the gaps before its closure', () => {
    expect(bandsByPanel()['MSHUT']).toEqual(['no mission detail: June 2015']);
  });

  test('reading a month after the closure says the mission had closed, not that a report is missing', () => {
    const { model } = fixture();
    const shut = model.panels.find((p) => p.mission.acronym === 'MSHUT')!;
    expect(panelReading(shut, model.status, 14, 11)).toBe('closed in 2015');
    expect(panelReading(shut, model.status, 5, 11)).toBe('no mission detail');
    expect(panelReading(shut, model.status, 14)).toBe('no report');
  });
});
