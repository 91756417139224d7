// The two decisions of the record that are pure functions: which months a compilation lists only in
// part, and when an undated report can be placed in a month. Tiny synthetic fixtures, and one scan of
// IPI's real files.
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { readIpiCountries, mergeIpiCountriesByIso3 } from '../../scripts/data/readers/ipiCountries.ts';
import { readIpiGender } from '../../scripts/data/readers/ipiGender.ts';
import { ipiMonths } from '../../scripts/data/assemble/ipiMonths.ts';
import { SOURCES_DIR } from './sourcesDir.ts';
import {
  findIncompleteMonths,
  type MonthContributors,
} from '../../scripts/data/assemble/incompleteMonths.ts';
import {
  establishMonth,
  type ReportFacts,
  type UndatedFacts,
} from '../../scripts/data/assemble/establishMonth.ts';

const month = (key: string, ...contributors: string[]): MonthContributors => ({
  key,
  contributors: new Set(contributors),
});

describe('months a compilation lists only in part', () => {
  test('a month missing three contributors that are present on both sides is incomplete, and names them', () => {
    const found = findIncompleteMonths([
      month('1991-02', 'A', 'B', 'C', 'D', 'E'),
      month('1991-03', 'A', 'E'),
      month('1991-04', 'A', 'B', 'C', 'D', 'E'),
    ]);
    expect(found).toEqual([
      {
        month: '1991-03',
        missing: ['B', 'C', 'D'],
        contributors: 2,
        beforeMonth: '1991-02',
        before: 5,
        afterMonth: '1991-04',
        after: 5,
      },
    ]);
  });

  test('one or two contributors missing for a month are left alone: contributors leave and return', () => {
    expect(
      findIncompleteMonths([
        month('2000-01', 'A', 'B', 'C'),
        month('2000-02', 'A'),
        month('2000-03', 'A', 'B', 'C'),
      ]),
    ).toEqual([]);
  });

  test('contributors that leave for good or arrive are not counted as missing', () => {
    expect(
      findIncompleteMonths([
        month('2000-01', 'A', 'B', 'C', 'D'),
        month('2000-02', 'A'),
        month('2000-03', 'A', 'E', 'F', 'G'),
      ]),
    ).toEqual([]);
  });

  test('months that are not consecutive are not compared across the gap', () => {
    expect(
      findIncompleteMonths([
        month('2000-01', 'A', 'B', 'C', 'D'),
        month('2000-03', 'A'),
        month('2000-04', 'A', 'B', 'C', 'D'),
      ]),
    ).toEqual([]);
  });

  test('the first and last months cannot be judged', () => {
    expect(findIncompleteMonths([month('2000-01', 'A'), month('2000-02', 'A', 'B', 'C', 'D')])).toEqual([]);
  });
});

const report = (month: string, total: number, ...missions: string[]): ReportFacts => ({
  file: `UN_country_contributions_${month.replace('-', '_')}.pdf`,
  month,
  missions: new Set(missions),
  total,
});
const undated = (over: Partial<UndatedFacts> = {}): UndatedFacts => ({
  file: 'UN_country_contributions_2019_10.pdf',
  fileMonth: '2019-10',
  creationDate: '2019-11-28',
  missions: new Set(['BINUH', 'UNMISS']),
  total: 84968,
  ...over,
});
const days = (acronym: string) =>
  ({ BINUH: { began: '2019-10-16' }, MINUJUSTH: { ended: '2019-10-15' } })[acronym as 'BINUH' | 'MINUJUSTH'];
const neighbours = [
  report('2019-09', 85676, 'MINUJUSTH', 'UNMISS'),
  report('2019-11', 84998, 'BINUH', 'UNMISS'),
];

describe('placing a report that prints no date', () => {
  test('a mission that began and one that ended bound it from below, the PDF creation date from above: one month', () => {
    const result = establishMonth(undated(), neighbours, days);
    expect(result.month).toBe('2019-10');
    const evidence = result.month ? result.evidence.join(' ') : '';
    expect(evidence).toContain(
      'It lists BINUH, which began on 16 October 2019, and no MINUJUSTH, which ended on 15 October 2019',
    );
    expect(evidence).toContain('lists MINUJUSTH and no BINUH');
    expect(evidence).toContain('created on 28 November 2019');
    expect(evidence).toContain('84,968, differs from 85,676 in September 2019 and 84,998 in November 2019');
  });

  test('a creation date after the next month-end leaves two months possible: left out, with the reason', () => {
    const result = establishMonth(undated({ creationDate: '2019-12-10' }), [neighbours[0]!], days);
    expect(result).toEqual({
      month: null,
      reason: expect.stringContaining('October 2019 and November 2019, not one month'),
    });
  });

  test('without a mission of known first or last day there is no lower bound: left out', () => {
    const result = establishMonth(
      undated({ missions: new Set(['UNMISS']) }),
      [report('2019-09', 85676, 'UNMISS')],
      days,
    );
    expect(result).toEqual({
      month: null,
      reason: expect.stringContaining('no mission it lists or drops has a known first or last day'),
    });
  });

  test('a total equal to a neighbour’s may be a copy: left out', () => {
    const result = establishMonth(undated({ total: 84998 }), neighbours, days);
    expect(result).toEqual({
      month: null,
      reason: expect.stringContaining('equals that of UN_country_contributions_2019_11.pdf'),
    });
  });

  test('evidence pointing to another month than the file name leaves it out', () => {
    const result = establishMonth(undated({ fileMonth: '2019-08' }), neighbours, days);
    expect(result.month).toBeNull();
  });

  test('a month that already has a dated report is not given a second one', () => {
    const result = establishMonth(undated(), [...neighbours, report('2019-10', 1, 'BINUH')], days);
    expect(result).toEqual({ month: null, reason: expect.stringContaining('already has a dated report') });
  });
});

describe('the whole IPI period, scanned for months listed only in part', () => {
  test('only March 1991 has three or more contributors missing between two months that list them; three months have two', () => {
    const ipiDir = path.join(SOURCES_DIR, 'contributions_ipi_providing_for_peacekeeping');
    const countries = readIpiCountries(path.join(ipiDir, 'countries'));
    const gender = readIpiGender(path.join(ipiDir, 'full_gender_data.csv'));
    const ipi = ipiMonths(
      mergeIpiCountriesByIso3(countries.records).months,
      gender.records,
      'full_gender_data.csv',
      'countries',
    );
    const months = ipi.months.map((m) => ({
      key: m.key,
      contributors: new Set(m.cells.filter((c) => c.total > 0).map((c) => c.iso3)),
    }));
    expect(months[0]?.key).toBe('1990-11');
    expect(months.at(-1)?.key).toBe('2014-03');
    expect(findIncompleteMonths(months).map((m) => `${m.month}: ${m.missing.join(' ')}`)).toEqual([
      '1991-03: BGD HUN IDN KEN MYS NGA',
    ]);
    expect(findIncompleteMonths(months, 2).map((m) => `${m.month}: ${m.missing.join(' ')}`)).toEqual([
      '1991-03: BGD HUN IDN KEN MYS NGA',
      '1991-04: NLD NZL',
      '1992-08: BGR GNB',
      '2010-10: ISR KAZ',
    ]);
    expect(findIncompleteMonths(months, 1)).toHaveLength(26);
  });
});
