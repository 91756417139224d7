import { describe, expect, it } from 'vitest';
import { monthlyTotals, missionsByMonth } from '../../../src/data/selectors/monthlyCells.ts';
import { profileModel } from '../../../src/data/selectors/countryProfile.ts';
import { cellsOf, manifestOf, mission } from '../claims/fixtures.ts';

function fixture() {
  const manifest = manifestOf({
    first: '2021-01',
    count: 6,
    gaps: [3],
    noMission: [4],
    missions: [
      mission('MINUSCA', 'Central African Republic', 'CAF'),
      mission('UNMISS', 'South Sudan', 'SSD'),
      mission('UNTSO'),
    ],
  });
  const cells = cellsOf(manifest, 'BTN', [
    { month: 1, total: 3, mission: 'UNMISS' },
    { month: 1, total: 1, mission: 'UNTSO' },
    { month: 2, total: 2, mission: 'UNMISS' },
    { month: 2, total: 5, mission: 'MINUSCA' },
    { month: 2, total: 0, mission: 'UNTSO' },
    { month: 4, total: 9 },
    { month: 5, total: 6, mission: 'MINUSCA', type: 'troops' },
    { month: 5, total: 1, mission: 'MINUSCA', type: 'staff_officers' },
  ]);
  return { manifest, cells };
}

describe('a contributor’s profile', () => {
  it('sums cells per month: null for a gap, 0 for a report without anyone', () => {
    const { manifest, cells } = fixture();
    expect(monthlyTotals(manifest, cells)).toEqual([0, 4, 7, null, 9, 7]);
  });

  it('counts operations with at least one person, and knows none where the report gives no missions', () => {
    const { manifest, cells } = fixture();
    const months = missionsByMonth(manifest, cells);
    expect(months.map((m) => (m ? m.byMission.size : null))).toEqual([0, 2, 2, null, null, 1]);
  });

  it('starts at the first month with anyone deployed and follows the largest deployment and one mission', () => {
    const { manifest, cells } = fixture();
    const model = profileModel(manifest, cells, 'MINUSCA');
    expect(model.firstIndex).toBe(1);
    expect(model.rows.map((r) => [r.total, r.operations, r.largest?.acronym ?? null, r.inMission])).toEqual([
      [4, 2, 'UNMISS', 0],
      [7, 2, 'MINUSCA', 5],
      [null, null, null, null],
      [9, null, null, null],
      [7, 1, 'MINUSCA', 7],
    ]);
  });
});
