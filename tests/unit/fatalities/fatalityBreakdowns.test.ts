import { describe, expect, it } from 'vitest';
import {
  countByField,
  countByYearAnd,
  cumulativeByMonth,
  monthEnds,
  selectFatalities,
} from '../../../src/data/selectors/fatalityBreakdowns.ts';
import { countFatalities } from '../../../src/data/selectors/fatalityCounts.ts';
import { deaths, fatalitiesOf } from '../claims/fixtures.ts';

const sample = () =>
  fatalitiesOf([
    { date: '2001-03-02', iso3: 'AAA', type: 'military', incident: 'Malicious Act', mission: 'MONE' },
    { date: '2001-07-10', iso3: 'AAA', type: 'police', incident: 'Illness', mission: 'MTWO' },
    {
      date: '2003-01-05',
      iso3: 'AAA',
      type: 'international_civilian',
      incident: 'Accident',
      mission: 'MONE',
    },
    { date: '2003-12-31', iso3: 'AAA', type: 'local_civilian', incident: 'Illness', mission: 'MONE' },
    { date: '2003-06-01', iso3: 'BBB', type: 'military', incident: 'Accident', mission: 'MONE' },
    { date: '2002-06-01', iso3: null, type: 'other', incident: 'Unknown', mission: 'MTWO' },
  ]);

describe('choosing fatalities', () => {
  it('keeps military, police and military observers for “uniformed” and everyone for “all”', () => {
    const f = sample();
    expect(selectFatalities(f, { iso3: 'AAA', scope: 'uniformed' })).toEqual([0, 1]);
    expect(selectFatalities(f, { iso3: 'AAA', scope: 'all' })).toEqual([0, 1, 2, 3]);
  });

  it('counts every nationality, unknown ones included, when no country is given', () => {
    expect(selectFatalities(sample(), { iso3: null, scope: 'all' })).toHaveLength(6);
  });

  it('agrees with the overview’s countFatalities for a date limit', () => {
    const f = sample();
    const upTo = '2003-06-30';
    expect(selectFatalities(f, { iso3: 'AAA', scope: 'all', upTo })).toHaveLength(
      countFatalities(f, 'AAA', { upTo, uniformedOnly: false }),
    );
    expect(selectFatalities(f, { iso3: 'AAA', scope: 'uniformed', upTo })).toHaveLength(
      countFatalities(f, 'AAA', { upTo, uniformedOnly: true }),
    );
  });
});

describe('grouping fatalities', () => {
  it('splits each year by incident type, with zeros for the years between that the data cover', () => {
    const f = sample();
    const grouped = countByYearAnd(f, selectFatalities(f, { iso3: 'AAA', scope: 'all' }), 'incidentType');
    expect(grouped.years).toEqual([2001, 2002, 2003]);
    expect(grouped.categories).toEqual(['Illness', 'Accident', 'Malicious Act']);
    expect(grouped.counts).toEqual([
      [1, 0, 1],
      [0, 0, 1],
      [1, 0, 0],
    ]);
  });

  it('orders groups largest first and breaks ties alphabetically', () => {
    const f = fatalitiesOf([
      ...deaths(2, { date: '2001-01-01', mission: 'ZED' }),
      ...deaths(2, { date: '2001-01-01', mission: 'ALPHA' }),
      { date: '2001-01-01', mission: 'MID' },
    ]);
    expect(countByField(f, [0, 1, 2, 3, 4], 'mission')).toEqual([
      { key: 'ALPHA', count: 2 },
      { key: 'ZED', count: 2 },
      { key: 'MID', count: 1 },
    ]);
  });

  it('keeps a running total at each month end, counting deaths on the last day of the month in it', () => {
    const f = sample();
    const rows = selectFatalities(f, { iso3: 'AAA', scope: 'all' });
    const months = monthEnds('2003-11', '2004-01');
    expect(months).toEqual(['2003-11-30', '2003-12-31', '2004-01-31']);
    expect(cumulativeByMonth(f, rows, months)).toEqual([3, 4, 4]);
  });
});
